package dev.baton.client.internal.model;

import dev.baton.client.actor.Promise;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;

/** Small helpers about generic types that both models and the argument decoder need. */
public final class Types {

    private Types() {
    }

    public static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    /** {@code T} of a {@code Promise<T>} or {@code Collection<T>}; {@code Object} when raw. */
    public static Type firstTypeArgument(Type type) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > 0) {
            return p.getActualTypeArguments()[0];
        }
        return Object.class;
    }

    public static boolean isPromise(Type type) {
        return Promise.class.isAssignableFrom(raw(type));
    }

    /** A collection of promises, e.g. {@code List<Promise<Integer>>}: how a decider receives a fan-in. */
    public static boolean isPromiseCollection(Type type) {
        return Collection.class.isAssignableFrom(raw(type)) && isPromise(firstTypeArgument(type));
    }

    public static boolean returnsPromiseOrVoid(Method m) {
        Class<?> r = m.getReturnType();
        return r == void.class || Promise.class.isAssignableFrom(r);
    }

    public static String actorRef(String name, String version) {
        if (name == null || name.isBlank() || version == null || version.isBlank()) {
            throw new IllegalArgumentException("actor name and version are required");
        }
        if (name.contains("#") || version.contains("#")) {
            throw new IllegalArgumentException("'#' separates name and version; it cannot be part of them: "
                    + name + ", " + version);
        }
        return name + "#" + version;
    }
}
