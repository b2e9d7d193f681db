package dev.baton.client.actor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as a worker actor {@code name#version}. Its implementation is a plain class registered with
 * {@link dev.baton.client.runner.ActorRunner}. Methods take and return plain Java types mapped by Jackson.
 * With several methods, a task's {@code method} selects one; the default is the method annotated
 * {@link Execute}, or the only method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Worker {
    String name();

    String version();
}
