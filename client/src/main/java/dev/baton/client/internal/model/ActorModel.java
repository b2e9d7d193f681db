package dev.baton.client.internal.model;

import dev.baton.client.actor.AcceptFail;
import dev.baton.client.actor.Asynchronous;
import dev.baton.client.actor.Decider;
import dev.baton.client.actor.Execute;
import dev.baton.client.actor.Worker;
import dev.baton.client.task.TaskType;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An actor interface ({@code @Worker} or {@code @Decider}) as the runner sees it: its actor name, its methods by
 * name, and the default method a task with {@code method = null} runs.
 */
public final class ActorModel {

    private static final ClassValue<ActorModel> CACHE = new ClassValue<>() {
        @Override
        protected ActorModel computeValue(Class<?> type) {
            return new ActorModel(type);
        }
    };

    private final Class<?> type;
    private final String actor;
    private final TaskType kind;
    private final Map<String, Method> methods = new LinkedHashMap<>();
    private final Method defaultMethod;

    private ActorModel(Class<?> type) {
        if (!type.isInterface()) {
            throw new IllegalArgumentException(type.getName() + " is not an interface");
        }
        this.type = type;
        Worker worker = type.getAnnotation(Worker.class);
        Decider decider = type.getAnnotation(Decider.class);
        if ((worker == null) == (decider == null)) {
            throw new IllegalArgumentException(type.getName() + " must be annotated either @Worker or @Decider");
        }
        this.kind = worker != null ? TaskType.WORKER : TaskType.DECIDER;
        this.actor = worker != null ? Types.actorRef(worker.name(), worker.version())
                : Types.actorRef(decider.name(), decider.version());
        List<Method> executes = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.isDefault()) {
                continue;
            }
            if (methods.put(m.getName(), m) != null) {
                throw new IllegalArgumentException(type.getName() + ": overloaded method " + m.getName()
                        + " (a task selects its method by name)");
            }
            if (m.isAnnotationPresent(Execute.class)) {
                executes.add(m);
            }
            checkAcceptFail(m);
            trySetAccessible(m);
        }
        if (methods.isEmpty()) {
            throw new IllegalArgumentException(type.getName() + " declares no methods");
        }
        if (kind == TaskType.DECIDER) {
            if (executes.size() != 1) {
                throw new IllegalArgumentException(type.getName() + ": a decider needs exactly one @Execute method");
            }
            for (Method m : methods.values()) {
                if (!m.isAnnotationPresent(Execute.class) && !m.isAnnotationPresent(Asynchronous.class)) {
                    throw new IllegalArgumentException(type.getName() + "." + m.getName()
                            + ": decider methods are @Execute or @Asynchronous");
                }
                if (!Types.returnsPromiseOrVoid(m)) {
                    throw new IllegalArgumentException(type.getName() + "." + m.getName()
                            + ": decider methods return Promise<T> or void");
                }
            }
            this.defaultMethod = executes.get(0);
        } else if (executes.size() > 1) {
            throw new IllegalArgumentException(type.getName() + ": at most one @Execute method");
        } else {
            this.defaultMethod = !executes.isEmpty() ? executes.get(0)
                    : methods.size() == 1 ? methods.values().iterator().next() : null;
        }
    }

    public static ActorModel of(Class<?> actorInterface) {
        return CACHE.get(actorInterface);
    }

    /** The single {@code @Worker}/{@code @Decider} interface {@code implementation} implements. */
    public static ActorModel ofImplementation(Class<?> implementation) {
        List<Class<?>> found = new ArrayList<>();
        for (Class<?> c = implementation; c != null; c = c.getSuperclass()) {
            collect(c, found);
        }
        if (found.size() != 1) {
            throw new IllegalArgumentException(implementation.getName() + " implements " + found.size()
                    + " @Worker/@Decider interfaces " + found + "; register it with an explicit interface");
        }
        return of(found.get(0));
    }

    private static void collect(Class<?> c, List<Class<?>> found) {
        for (Class<?> i : c.getInterfaces()) {
            if ((i.isAnnotationPresent(Worker.class) || i.isAnnotationPresent(Decider.class)) && !found.contains(i)) {
                found.add(i);
            }
            collect(i, found);
        }
    }

    public Class<?> type() { return type; }
    /** {@code name#version}. */
    public String actor() { return actor; }
    public TaskType kind() { return kind; }
    public Method defaultMethod() { return defaultMethod; }
    public Collection<Method> methods() { return methods.values(); }

    /** The method a task runs; {@code null} when the name is unknown or no default exists. */
    public Method resolve(String name) {
        return name == null ? defaultMethod : methods.get(name);
    }

    /** The wire name for calling {@code m}: {@code null} for the default method, so it may be renamed freely. */
    public String wireMethod(Method m) {
        return m.equals(defaultMethod) ? null : m.getName();
    }

    static void checkAcceptFail(Method m) {
        for (Parameter p : m.getParameters()) {
            if (p.isAnnotationPresent(AcceptFail.class)
                    && !Types.isPromise(p.getParameterizedType())
                    && !Types.isPromiseCollection(p.getParameterizedType())) {
                throw new IllegalArgumentException(m.getDeclaringClass().getName() + "." + m.getName()
                        + ": @AcceptFail is only meaningful on a Promise (or a collection of promises)");
            }
        }
    }

    static boolean acceptsFailure(Method m) {
        for (Parameter p : m.getParameters()) {
            if (p.isAnnotationPresent(AcceptFail.class)) {
                return true;
            }
        }
        return false;
    }

    private static void trySetAccessible(Method m) {
        try {
            // Actor interfaces are often package-private; the runner invokes them from another package.
            m.setAccessible(true);
        } catch (RuntimeException ignored) {
            // a module that does not open its package: public interfaces still work
        }
    }
}
