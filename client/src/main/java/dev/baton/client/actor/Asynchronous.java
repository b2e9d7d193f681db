package dev.baton.client.actor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A decider method that runs as its own decider task once its promise arguments are resolved. Call it through
 * {@link Decisions#self(Class)}; calling it directly on {@code this} would run it immediately, before its
 * arguments are ready.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Asynchronous {
}
