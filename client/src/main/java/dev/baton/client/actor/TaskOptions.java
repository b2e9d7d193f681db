package dev.baton.client.actor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Retry policy and lease timeout for the tasks a client method records. On a client interface it applies to all
 * methods; on a method it overrides the interface's values field by field. Zero means "not set here". Options
 * given to {@link Decisions#client(Class, CallOptions)} override both.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TaskOptions {
    int maxAttempts() default 0;

    double initialIntervalSeconds() default 0;

    double backoffCoefficient() default 0;

    double maxIntervalSeconds() default 0;

    /** Lease timeout of one attempt; the runner heartbeats long-running tasks to keep their lease. */
    int timeoutSeconds() default 0;

    /** Once ready, a task must be picked up within this many seconds, or it fails with schedule-to-start-timeout. */
    int scheduleToStartSeconds() default 0;
}
