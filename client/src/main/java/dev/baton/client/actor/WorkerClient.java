package dev.baton.client.actor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the interface a decider uses to call a worker. Its methods mirror the worker's by name, return
 * {@code Promise<T>} (or {@code void}) and take {@code T} or {@code Promise<T>} for each parameter {@code T}.
 * Name the worker by its interface ({@link #worker()}) or, when the decider's code base does not have it, by
 * {@link #name()} and {@link #version()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WorkerClient {
    Class<?> worker() default void.class;

    String name() default "";

    String version() default "";
}
