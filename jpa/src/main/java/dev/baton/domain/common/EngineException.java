package dev.baton.domain.common;

/**
 * A refusal the caller can act on. Each carries a stable {@link #problemType()} that the API turns into
 * the {@code type} of an {@code application/problem+json} answer; the engine never leaks other
 * exceptions' messages to clients.
 */
public abstract class EngineException extends RuntimeException {

    private final String problemType;

    protected EngineException(String problemType, String message) {
        super(message);
        this.problemType = problemType;
    }

    public String problemType() {
        return problemType;
    }
}
