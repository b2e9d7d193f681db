package dev.baton.domain.task;

import dev.baton.domain.common.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Duration;

/**
 * How often and how soon a failed task is tried again: the delay before attempt n+1 is
 * {@code initialInterval * coefficient^(n-1)}, capped at {@code maxInterval}.
 */
@Embeddable
public class RetryPolicy {

    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts;

    @Column(name = "initial_interval_ms", nullable = false)
    private long initialIntervalMs;

    @Column(name = "backoff_coefficient", nullable = false)
    private double backoffCoefficient;

    @Column(name = "max_interval_ms", nullable = false)
    private long maxIntervalMs;

    protected RetryPolicy() {
    }

    public RetryPolicy(int maxAttempts, long initialIntervalMs, double backoffCoefficient, long maxIntervalMs) {
        if (maxAttempts < 1 || maxAttempts > 1000) {
            throw new InvalidInputException("invalid-retry", "retry.maxAttempts must be between 1 and 1000.");
        }
        if (initialIntervalMs < 0 || maxIntervalMs < 0) {
            throw new InvalidInputException("invalid-retry", "Retry intervals must not be negative.");
        }
        if (backoffCoefficient < 1.0 || backoffCoefficient > 100.0) {
            throw new InvalidInputException("invalid-retry", "retry.backoffCoefficient must be between 1 and 100.");
        }
        this.maxAttempts = maxAttempts;
        this.initialIntervalMs = initialIntervalMs;
        this.backoffCoefficient = backoffCoefficient;
        this.maxIntervalMs = Math.max(maxIntervalMs, initialIntervalMs);
    }

    /** True when an attempt numbered {@code attemptsMade + 1} is still allowed. */
    public boolean allowsAttempt(int attemptNumber) {
        return attemptNumber <= maxAttempts;
    }

    /** The pause before the given attempt (2 = the first retry). */
    public Duration delayBefore(int attemptNumber) {
        double factor = Math.pow(backoffCoefficient, Math.max(0, attemptNumber - 2));
        double millis = Math.min((double) maxIntervalMs, initialIntervalMs * factor);
        return Duration.ofMillis((long) millis);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public long initialIntervalMs() {
        return initialIntervalMs;
    }

    public double backoffCoefficient() {
        return backoffCoefficient;
    }

    public long maxIntervalMs() {
        return maxIntervalMs;
    }
}
