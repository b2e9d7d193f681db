package dev.baton.client.actor;

import dev.baton.client.ErrorInfo;

/**
 * {@link Promise#get()} on a failed promise. Not retryable: the same arguments would fail the same way.
 */
@NonRetryable
public class PromiseFailedException extends RuntimeException {

    private final ErrorInfo error;

    public PromiseFailedException(ErrorInfo error) {
        super("promised task failed: " + (error == null ? "unknown error" : error.type() + ": " + error.message()));
        this.error = error;
    }

    public ErrorInfo error() {
        return error;
    }
}
