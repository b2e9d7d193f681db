package dev.baton.client.internal.decision;

import dev.baton.client.ErrorInfo;
import dev.baton.client.actor.Promise;
import dev.baton.client.actor.PromiseFailedException;

import java.util.Objects;

/** A ready promise: a value, or a failure. */
public final class ResolvedPromise<T> implements Promise<T> {

    private final T value;
    private final ErrorInfo error;

    private ResolvedPromise(T value, ErrorInfo error) {
        this.value = value;
        this.error = error;
    }

    public static <T> ResolvedPromise<T> value(T value) {
        return new ResolvedPromise<>(value, null);
    }

    public static <T> ResolvedPromise<T> failure(ErrorInfo error) {
        return new ResolvedPromise<>(null, Objects.requireNonNull(error, "error"));
    }

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public boolean isFailed() {
        return error != null;
    }

    @Override
    public T get() {
        if (error != null) {
            throw new PromiseFailedException(error);
        }
        return value;
    }

    @Override
    public ErrorInfo error() {
        return error;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResolvedPromise<?> other && Objects.equals(value, other.value)
                && Objects.equals(error, other.error);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, error);
    }

    @Override
    public String toString() {
        return error != null ? "Promise(failed " + error.type() + ")" : "Promise(" + value + ")";
    }
}
