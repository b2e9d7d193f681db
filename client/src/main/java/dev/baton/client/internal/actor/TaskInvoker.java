package dev.baton.client.internal.actor;

import dev.baton.client.actor.TaskContext;
import dev.baton.client.internal.decision.DecisionRecorder;
import dev.baton.client.internal.decision.PayloadCodec;
import dev.baton.client.internal.model.ActorModel;
import dev.baton.client.task.TaskDelivery;
import dev.baton.client.task.TaskType;

import java.lang.reflect.Method;

/**
 * Runs delivered tasks against one actor implementation. A worker method's return value becomes the result; a
 * decider method runs with a fresh {@link DecisionRecorder}, and what it recorded plus its return value become
 * the decision. Any exception becomes a failure; nothing escapes, so the runner always has an answer to send.
 */
public final class TaskInvoker {

    private final ActorModel model;
    private final Object implementation;
    private final PayloadCodec codec;
    private final ArgumentDecoder decoder;

    public TaskInvoker(ActorModel model, Object implementation, PayloadCodec codec) {
        if (!model.type().isInstance(implementation)) {
            throw new IllegalArgumentException(implementation.getClass().getName() + " does not implement "
                    + model.type().getName());
        }
        this.model = model;
        this.implementation = implementation;
        this.codec = codec;
        this.decoder = new ArgumentDecoder(codec.mapper());
    }

    public ActorModel model() {
        return model;
    }

    public Outcome execute(TaskDelivery task) {
        CurrentTask.set(new TaskContext(task.id(), task.processId(), task.actor(), task.method(), task.attempt()));
        try {
            Method method = model.resolve(task.method());
            if (method == null) {
                throw new UnknownMethodException(model.actor() + " has no method "
                        + (task.method() == null ? "marked @Execute (the task names none)" : task.method()));
            }
            Object[] args = decoder.decode(method, task.args());
            if (model.kind() == TaskType.WORKER) {
                Object result = method.invoke(implementation, args);
                return new Outcome.Completed(codec.encode(result));
            }
            DecisionRecorder recorder = new DecisionRecorder(codec);
            return recorder.recording(() -> new Outcome.Decided(
                    recorder.decision(method.invoke(implementation, args))));
        } catch (Exception e) {
            // user code's Errors arrive wrapped in InvocationTargetException and fail the task too
            return new Outcome.Failed(Failures.toError(e));
        } finally {
            CurrentTask.clear();
        }
    }
}
