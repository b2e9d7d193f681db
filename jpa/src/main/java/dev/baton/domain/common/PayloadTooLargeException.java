package dev.baton.domain.common;

import jakarta.ejb.ApplicationException;

/** Arguments or a result larger than the configured cap (HTTP 413). */
@ApplicationException(rollback = true)
public class PayloadTooLargeException extends EngineException {

    public PayloadTooLargeException(String problemType, String message) {
        super(problemType, message);
    }
}
