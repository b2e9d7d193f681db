package dev.baton.client;

/**
 * Base of everything the client throws for a request the server refused or could not serve. Carries the fields
 * of the server's {@code application/problem+json} answer when there was one.
 */
public class BatonException extends RuntimeException {

    private final int status;
    private final String problemType;
    private final String detail;

    public BatonException(int status, String problemType, String detail, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.problemType = problemType;
        this.detail = detail;
    }

    /** HTTP status, or 0 when no response arrived. */
    public int status() {
        return status;
    }

    /** The problem {@code type} URI or name the server sent, if any. */
    public String problemType() {
        return problemType;
    }

    /** The problem {@code detail} the server sent, if any. */
    public String detail() {
        return detail;
    }
}
