package dev.baton.client.actor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as a decider actor {@code name#version}: one {@link Execute} method (the entry point when it
 * starts a process or is called as a sub-process) and any number of {@link Asynchronous} methods, all returning
 * {@link Promise} or {@code void}. The interface is also its own client: through
 * {@link Decisions#client(Class)} (or {@link Decisions#self(Class)}) its methods are recorded as decider tasks.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Decider {
    String name();

    String version();
}
