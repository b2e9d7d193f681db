package dev.baton.client.actor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an exception class: a task failing with it (or a subclass) is not retried, because trying again cannot
 * help (bad input, a business rule said no). For a per-throw choice use {@link ActorException}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NonRetryable {
}
