package dev.baton.client.internal.actor;

import dev.baton.client.actor.NonRetryable;

/** A task names a method this actor's interface does not have (e.g. a decider of a newer version). */
@NonRetryable
final class UnknownMethodException extends RuntimeException {

    UnknownMethodException(String message) {
        super(message);
    }
}
