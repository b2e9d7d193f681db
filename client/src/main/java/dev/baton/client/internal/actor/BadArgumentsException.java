package dev.baton.client.internal.actor;

import dev.baton.client.actor.NonRetryable;

/** The delivered arguments do not fit the method; another attempt would get the same arguments. */
@NonRetryable
final class BadArgumentsException extends RuntimeException {

    BadArgumentsException(String message, Throwable cause) {
        super(message, cause);
    }
}
