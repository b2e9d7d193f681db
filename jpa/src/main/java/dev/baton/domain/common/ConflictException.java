package dev.baton.domain.common;

import jakarta.ejb.ApplicationException;

/** A request that comes too late or twice */
@ApplicationException(rollback = true)
public class ConflictException extends EngineException {

    public ConflictException(String problemType, String message) {
        super(problemType, message);
    }
}
