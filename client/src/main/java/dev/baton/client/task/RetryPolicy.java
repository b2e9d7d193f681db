package dev.baton.client.task;

/**
 * How the server retries a failed task attempt: after attempt {@code n} it waits
 * {@code min(initialIntervalSeconds * backoffCoefficient^(n-1), maxIntervalSeconds)}, until
 * {@code maxAttempts} attempts were made. Always sent complete, so the wire carries no half-specified policy.
 */
public record RetryPolicy(int maxAttempts, double initialIntervalSeconds, double backoffCoefficient,
                          double maxIntervalSeconds) {

    /** The values the SDK fills in for settings a caller left open. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, 1.0, 2.0, 60.0);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1");
        }
        if (initialIntervalSeconds < 0 || maxIntervalSeconds < 0 || backoffCoefficient < 1.0) {
            throw new IllegalArgumentException("intervals must be >= 0 and backoffCoefficient >= 1");
        }
    }
}
