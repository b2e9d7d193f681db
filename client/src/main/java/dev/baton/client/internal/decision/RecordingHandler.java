package dev.baton.client.internal.decision;

import dev.baton.client.actor.CallOptions;
import dev.baton.client.internal.model.CallTarget;
import dev.baton.client.internal.model.ClientModel;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;

/** Behind every client proxy: turns a method call into a recorded task of the current decision. */
public final class RecordingHandler implements InvocationHandler {

    private final ClientModel model;
    private final CallOptions options;

    public RecordingHandler(ClientModel model, CallOptions options) {
        this.model = model;
        this.options = options;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "client of " + model.type().getName();
            };
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        DecisionRecorder recorder = DecisionRecorder.current();
        if (recorder == null) {
            throw new IllegalStateException(model.type().getSimpleName() + "." + method.getName()
                    + " was called outside a decider task: clients only record calls while a decider runs");
        }
        CallTarget target = model.target(method);
        PendingPromise<Object> promise = recorder.record(target, options, args);
        return method.getReturnType() == void.class ? null : promise;
    }
}
