package dev.baton.client.internal.decision;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.client.actor.CallOptions;
import dev.baton.client.internal.model.CallTarget;
import dev.baton.client.task.Decision;
import dev.baton.client.task.DecisionTask;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Collects the calls a decider makes while one decider task runs. Bound to the executing thread, so clients can
 * be shared objects; refs are numbered in call order, which keeps decisions deterministic for the same input.
 */
public final class DecisionRecorder {

    private static final ThreadLocal<DecisionRecorder> CURRENT = new ThreadLocal<>();

    private final PayloadCodec codec;
    private final List<DecisionTask> tasks = new ArrayList<>();
    private int sequence;

    public DecisionRecorder(PayloadCodec codec) {
        this.codec = codec;
    }

    /** The recorder of the decider task running on this thread, or {@code null}. */
    public static DecisionRecorder current() {
        return CURRENT.get();
    }

    /** Runs {@code body} with this recorder bound to the thread, restoring whatever was bound before. */
    public <R> R recording(Callable<R> body) throws Exception {
        DecisionRecorder previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return body.call();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Records one call and returns the promise of its result. Must run inside {@link #recording}. */
    public <T> PendingPromise<T> record(CallTarget target, CallOptions overrides, Object[] args) {
        String ref = "t" + (++sequence);
        PendingPromise<T> promise = new PendingPromise<>(ref, this);
        List<JsonNode> encoded = new ArrayList<>();
        codec.encodeAll(args).forEach(encoded::add);
        CallOptions options = overrides.orElse(target.options());
        tasks.add(new DecisionTask(ref, target.actor(), target.type(), target.method(), null, encoded,
                options.retryPolicy(), options.timeoutSeconds(), target.acceptFail() ? Boolean.TRUE : null,
                options.delaySeconds(), options.startAt() == null ? null : options.startAt().toString(),
                options.scheduleToStartSeconds()));
        return promise;
    }

    /** Records a wait for the event {@code name}; the promise's value is the event's payload. */
    public <T> PendingPromise<T> recordEvent(String name, Integer timeoutSeconds) {
        String ref = "t" + (++sequence);
        tasks.add(DecisionTask.event(ref, name, timeoutSeconds));
        return new PendingPromise<>(ref, this);
    }

    /** The decision: recorded tasks plus the encoded result. Call inside {@link #recording} (refs are checked). */
    public Decision decision(Object result) {
        return new Decision(tasks, codec.encode(result));
    }

    public List<DecisionTask> tasks() {
        return List.copyOf(tasks);
    }
}
