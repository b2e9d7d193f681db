package dev.baton.domain.common;

import jakarta.ejb.ApplicationException;

/** A process or task that does not exist (HTTP 404). */
@ApplicationException(rollback = true)
public class NotFoundException extends EngineException {

    public NotFoundException(String problemType, String message) {
        super(problemType, message);
    }
}
