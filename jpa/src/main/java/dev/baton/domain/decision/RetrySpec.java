package dev.baton.domain.decision;

import dev.baton.domain.task.RetryPolicy;

/**
 * A retry policy as a decision states it: any field may be left out, and the engine's configured default
 * fills it in.
 */
public record RetrySpec(Integer maxAttempts, Long initialIntervalMs, Double backoffCoefficient, Long maxIntervalMs) {

    public RetryPolicy over(RetryPolicy defaults) {
        long initial = initialIntervalMs != null ? initialIntervalMs : defaults.initialIntervalMs();
        long max = maxIntervalMs != null ? maxIntervalMs : Math.max(defaults.maxIntervalMs(), initial);
        return new RetryPolicy(maxAttempts != null ? maxAttempts : defaults.maxAttempts(), initial,
                backoffCoefficient != null ? backoffCoefficient : defaults.backoffCoefficient(), max);
    }
}
