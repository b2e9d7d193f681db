package dev.baton.engine.diagnosis;

import java.time.Instant;
import java.util.List;

/**
 * The answer to "why is this process stuck?": a verdict (the most telling cause), one sentence saying it,
 * the chain of findings from the process down to what holds it up, and what to do, most useful first.
 */
public record Diagnosis(String processId, Verdict verdict, String summary, List<Finding> chain,
                        List<Suggestion> suggestions, Instant at) {

    /** Ordered from the cause an operator must act on first to the harmless ones. */
    public enum Verdict {
        FINISHED,
        FAILED,
        SUSPENDED,
        ACTOR_BLOCKED,
        NO_WORKER,
        LEASE_EXPIRED,
        NOT_QUEUED,
        AWAITING_EVENT,
        SCHEDULED,
        QUEUED,
        WORKING
    }
}
