package dev.baton.client.actor;

import dev.baton.client.task.RetryPolicy;

import java.time.Duration;
import java.time.Instant;

/**
 * Programmatic counterpart of {@link TaskOptions}, given to {@link Decisions#client(Class, CallOptions)}. Unset
 * fields fall back to the annotations, then to the server's defaults; a retry policy that is only partly set is
 * completed with {@link RetryPolicy#DEFAULT}. Start delays ({@link Builder#delay}, {@link Builder#startAt}) exist
 * only here: they belong to a call site, not to an interface.
 */
public final class CallOptions {

    private static final CallOptions NONE = new Builder().build();

    private final Integer maxAttempts;
    private final Double initialIntervalSeconds;
    private final Double backoffCoefficient;
    private final Double maxIntervalSeconds;
    private final Integer timeoutSeconds;
    private final Integer delaySeconds;
    private final Instant startAt;
    private final Integer scheduleToStartSeconds;

    private CallOptions(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.initialIntervalSeconds = b.initialIntervalSeconds;
        this.backoffCoefficient = b.backoffCoefficient;
        this.maxIntervalSeconds = b.maxIntervalSeconds;
        this.timeoutSeconds = b.timeoutSeconds;
        this.delaySeconds = b.delaySeconds;
        this.startAt = b.startAt;
        this.scheduleToStartSeconds = b.scheduleToStartSeconds;
    }

    public static Builder newBuilder() {
        return new Builder();
    }

    public static CallOptions none() {
        return NONE;
    }

    /** Reads an annotation; zero attributes stay unset. */
    public static CallOptions of(TaskOptions a) {
        if (a == null) {
            return NONE;
        }
        Builder b = new Builder();
        if (a.maxAttempts() > 0) b.maxAttempts = a.maxAttempts();
        if (a.initialIntervalSeconds() > 0) b.initialIntervalSeconds = a.initialIntervalSeconds();
        if (a.backoffCoefficient() > 0) b.backoffCoefficient = a.backoffCoefficient();
        if (a.maxIntervalSeconds() > 0) b.maxIntervalSeconds = a.maxIntervalSeconds();
        if (a.timeoutSeconds() > 0) b.timeoutSeconds = a.timeoutSeconds();
        if (a.scheduleToStartSeconds() > 0) b.scheduleToStartSeconds = a.scheduleToStartSeconds();
        return b.build();
    }

    /** These options, with the fields unset here taken from {@code fallback}. */
    public CallOptions orElse(CallOptions fallback) {
        Builder b = new Builder();
        b.maxAttempts = maxAttempts != null ? maxAttempts : fallback.maxAttempts;
        b.initialIntervalSeconds = initialIntervalSeconds != null ? initialIntervalSeconds : fallback.initialIntervalSeconds;
        b.backoffCoefficient = backoffCoefficient != null ? backoffCoefficient : fallback.backoffCoefficient;
        b.maxIntervalSeconds = maxIntervalSeconds != null ? maxIntervalSeconds : fallback.maxIntervalSeconds;
        b.timeoutSeconds = timeoutSeconds != null ? timeoutSeconds : fallback.timeoutSeconds;
        b.delaySeconds = delaySeconds != null ? delaySeconds : fallback.delaySeconds;
        b.startAt = startAt != null ? startAt : fallback.startAt;
        b.scheduleToStartSeconds = scheduleToStartSeconds != null ? scheduleToStartSeconds : fallback.scheduleToStartSeconds;
        return b.build();
    }

    /** The wire retry policy, or {@code null} when no retry field is set (server default applies). */
    public RetryPolicy retryPolicy() {
        if (maxAttempts == null && initialIntervalSeconds == null && backoffCoefficient == null
                && maxIntervalSeconds == null) {
            return null;
        }
        RetryPolicy d = RetryPolicy.DEFAULT;
        return new RetryPolicy(
                maxAttempts != null ? maxAttempts : d.maxAttempts(),
                initialIntervalSeconds != null ? initialIntervalSeconds : d.initialIntervalSeconds(),
                backoffCoefficient != null ? backoffCoefficient : d.backoffCoefficient(),
                maxIntervalSeconds != null ? maxIntervalSeconds : d.maxIntervalSeconds());
    }

    public Integer timeoutSeconds() {
        return timeoutSeconds;
    }

    public Integer delaySeconds() {
        return delaySeconds;
    }

    public Instant startAt() {
        return startAt;
    }

    public Integer scheduleToStartSeconds() {
        return scheduleToStartSeconds;
    }

    public static final class Builder {
        private Integer maxAttempts;
        private Double initialIntervalSeconds;
        private Double backoffCoefficient;
        private Double maxIntervalSeconds;
        private Integer timeoutSeconds;
        private Integer delaySeconds;
        private Instant startAt;
        private Integer scheduleToStartSeconds;

        private Builder() {
        }

        public Builder maxAttempts(int value) { this.maxAttempts = value; return this; }
        public Builder initialInterval(Duration value) { this.initialIntervalSeconds = seconds(value); return this; }
        public Builder backoffCoefficient(double value) { this.backoffCoefficient = value; return this; }
        public Builder maxInterval(Duration value) { this.maxIntervalSeconds = seconds(value); return this; }
        /** Lease timeout of one attempt, whole seconds (rounded up). */
        public Builder timeout(Duration value) {
            this.timeoutSeconds = (int) Math.max(1, (value.toMillis() + 999) / 1000);
            return this;
        }

        /** Dispatch the task this long after its promises are resolved (whole seconds, rounded up). */
        public Builder delay(Duration value) {
            this.delaySeconds = (int) ((value.toMillis() + 999) / 1000);
            return this;
        }

        /** Do not dispatch the task before this instant. */
        public Builder startAt(Instant value) {
            this.startAt = value;
            return this;
        }

        /** Once ready, the task must be picked up within this long, or it fails with schedule-to-start-timeout. */
        public Builder scheduleToStart(Duration value) {
            this.scheduleToStartSeconds = (int) Math.max(1, (value.toMillis() + 999) / 1000);
            return this;
        }

        public CallOptions build() {
            return new CallOptions(this);
        }

        private static double seconds(Duration d) {
            return d.toMillis() / 1000.0;
        }
    }
}
