package dev.baton.client.actor;

/**
 * Thrown by actor code to fail its task with an explicit error type and retry choice. Any other exception fails
 * the task with its class's simple name as type, retryable unless the class is {@link NonRetryable}.
 */
public class ActorException extends RuntimeException {

    private final String type;
    private final boolean retryable;

    public ActorException(String type, String message, boolean retryable, Throwable cause) {
        super(message, cause);
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("type is required");
        }
        this.type = type;
        this.retryable = retryable;
    }

    /** A retryable failure of the given type. */
    public ActorException(String type, String message) {
        this(type, message, true, null);
    }

    /** A failure the server must not retry. */
    public static ActorException nonRetryable(String type, String message) {
        return new ActorException(type, message, false, null);
    }

    public String type() {
        return type;
    }

    public boolean retryable() {
        return retryable;
    }
}
