package dev.baton.client.internal.model;

import dev.baton.client.actor.CallOptions;
import dev.baton.client.actor.Decider;
import dev.baton.client.actor.TaskOptions;
import dev.baton.client.actor.WorkerClient;
import dev.baton.client.task.TaskType;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * A client interface ({@code @WorkerClient} or {@code @Decider}) as the recorder sees it: for every method, the
 * task it records.
 */
public final class ClientModel {

    private static final ClassValue<ClientModel> CACHE = new ClassValue<>() {
        @Override
        protected ClientModel computeValue(Class<?> type) {
            return new ClientModel(type);
        }
    };

    private final Class<?> type;
    private final Map<Method, CallTarget> targets = new HashMap<>();

    private ClientModel(Class<?> type) {
        this.type = type;
        WorkerClient client = type.getAnnotation(WorkerClient.class);
        if (type.isAnnotationPresent(Decider.class)) {
            modelDecider(ActorModel.of(type));
        } else if (client != null) {
            modelWorkerClient(type, client);
        } else {
            throw new IllegalArgumentException(type.getName() + " must be annotated @WorkerClient or @Decider");
        }
    }

    public static ClientModel of(Class<?> clientInterface) {
        return CACHE.get(clientInterface);
    }

    public Class<?> type() {
        return type;
    }

    /** The target of an abstract method of the interface; {@code null} for default methods. */
    public CallTarget target(Method m) {
        return targets.get(m);
    }

    private void modelDecider(ActorModel actor) {
        CallOptions typeOptions = CallOptions.of(type.getAnnotation(TaskOptions.class));
        for (Method m : actor.methods()) {
            targets.put(m, new CallTarget(actor.actor(), TaskType.DECIDER, actor.wireMethod(m),
                    CallOptions.of(m.getAnnotation(TaskOptions.class)).orElse(typeOptions),
                    ActorModel.acceptsFailure(m)));
        }
    }

    private void modelWorkerClient(Class<?> clientType, WorkerClient client) {
        ActorModel worker = client.worker() == void.class ? null : ActorModel.of(client.worker());
        if (worker != null && worker.kind() != TaskType.WORKER) {
            throw new IllegalArgumentException(clientType.getName() + ": " + client.worker().getName()
                    + " is not a @Worker");
        }
        String actor = worker != null ? worker.actor() : Types.actorRef(client.name(), client.version());
        CallOptions typeOptions = CallOptions.of(clientType.getAnnotation(TaskOptions.class));
        long abstractMethods = java.util.Arrays.stream(clientType.getMethods())
                .filter(m -> !m.isDefault() && !Modifier.isStatic(m.getModifiers())).count();
        for (Method m : clientType.getMethods()) {
            if (m.isDefault() || Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            if (!Types.returnsPromiseOrVoid(m)) {
                throw new IllegalArgumentException(clientType.getName() + "." + m.getName()
                        + ": client methods return Promise<T> or void");
            }
            ActorModel.checkAcceptFail(m);
            String wireMethod;
            boolean acceptFail = ActorModel.acceptsFailure(m);
            if (worker != null) {
                Method target = worker.resolve(m.getName());
                if (target == null) {
                    throw new IllegalArgumentException(clientType.getName() + "." + m.getName()
                            + ": no such method in worker " + worker.type().getName());
                }
                if (target.getParameterCount() != m.getParameterCount()) {
                    throw new IllegalArgumentException(clientType.getName() + "." + m.getName()
                            + ": parameter count differs from the worker's");
                }
                wireMethod = worker.wireMethod(target);
                acceptFail |= ActorModel.acceptsFailure(target);
            } else {
                wireMethod = abstractMethods == 1 ? null : m.getName();
            }
            targets.put(m, new CallTarget(actor, TaskType.WORKER, wireMethod,
                    CallOptions.of(m.getAnnotation(TaskOptions.class)).orElse(typeOptions), acceptFail));
        }
    }
}
