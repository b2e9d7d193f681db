package dev.baton.client.actor;

import dev.baton.client.ErrorInfo;
import dev.baton.client.internal.decision.ResolvedPromise;

/**
 * The result of a task that may not exist yet. Inside a decider, promises returned by client calls are pending:
 * pass them to further calls (that is how tasks are chained) or return one as the decider's result. Promises a
 * decider receives as parameters are always ready, because the server delivers a task only when its promises
 * are resolved.
 *
 * @param <T> type of the value
 */
public interface Promise<T> {

    /** A ready promise holding {@code value}; passed to a call, it is sent as the plain value. */
    static <T> Promise<T> asPromise(T value) {
        return ResolvedPromise.value(value);
    }

    /** A ready, failed promise: what an {@link AcceptFail} parameter receives when the promised task failed. */
    static <T> Promise<T> failed(ErrorInfo error) {
        return ResolvedPromise.failure(error);
    }

    /** True when a value or a failure is known. */
    boolean isReady();

    /** True when ready and failed. */
    boolean isFailed();

    /**
     * The value.
     *
     * @throws PromiseNotReadyException when pending: in a decider, pass the promise on instead of reading it
     * @throws PromiseFailedException   when the promised task failed
     */
    T get();

    /** The failure when {@link #isFailed()}, otherwise {@code null}. */
    ErrorInfo error();
}
