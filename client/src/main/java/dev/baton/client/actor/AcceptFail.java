package dev.baton.client.actor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link Promise} parameter: the promised task may fail for good without failing the process; the method
 * then receives a failed promise ({@link Promise#isFailed()}, {@link Promise#error()}). Calls to a method with
 * such a parameter are recorded with {@code acceptFail=true}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface AcceptFail {
}
