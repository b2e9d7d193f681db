package dev.baton.domain.common;

import jakarta.ejb.ApplicationException;

/** A request the engine cannot accept as written (HTTP 400). */
@ApplicationException(rollback = true)
public class InvalidInputException extends EngineException {

    public InvalidInputException(String problemType, String message) {
        super(problemType, message);
    }
}
