package dev.baton.client.internal.decision;

import dev.baton.client.ErrorInfo;
import dev.baton.client.actor.Promise;
import dev.baton.client.actor.PromiseNotReadyException;

/**
 * The result of a recorded call: only a reference to a task of the decision being built. It remembers its
 * recorder so that a promise leaking into another decision (e.g. kept in a field) is caught instead of sending
 * a ref the server does not know.
 */
public final class PendingPromise<T> implements Promise<T> {

    private final String ref;
    private final DecisionRecorder owner;

    PendingPromise(String ref, DecisionRecorder owner) {
        this.ref = ref;
        this.owner = owner;
    }

    public String ref() {
        return ref;
    }

    DecisionRecorder owner() {
        return owner;
    }

    @Override
    public boolean isReady() {
        return false;
    }

    @Override
    public boolean isFailed() {
        return false;
    }

    @Override
    public T get() {
        throw new PromiseNotReadyException("task " + ref + " has not run yet: a decider passes promises on to other"
                + " calls (or returns them) instead of reading them; its value arrives as an argument of a later"
                + " @Asynchronous step");
    }

    @Override
    public ErrorInfo error() {
        return null;
    }

    @Override
    public String toString() {
        return "Promise(pending " + ref + ")";
    }
}
