package dev.baton.client.actor;

/**
 * {@link Promise#get()} on a pending promise. In a decider this is a programming error (the value comes in a
 * later task), so the task fails without retry.
 */
@NonRetryable
public class PromiseNotReadyException extends IllegalStateException {

    public PromiseNotReadyException(String message) {
        super(message);
    }
}
