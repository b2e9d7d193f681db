package dev.baton.messaging.inbound;

import dev.baton.domain.common.EngineException;

/**
 * An engine refusal that may not hold for long, e.g. an event for a business key whose process is still being
 * started from another queue: the message is redelivered, and dead-lettered with this reason only after the
 * bounded number of attempts.
 */
public class RetryableRefusal extends RuntimeException {

    private final String type;

    public RetryableRefusal(EngineException refusal) {
        super(refusal.getMessage(), refusal);
        this.type = refusal.problemType();
    }

    public String type() {
        return type;
    }
}
