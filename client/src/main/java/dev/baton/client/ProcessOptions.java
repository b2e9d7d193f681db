package dev.baton.client;

import java.time.Duration;

/** How to start a process through {@link BatonClient#newProcess(Class, ProcessOptions)}. */
public final class ProcessOptions {

    private static final ProcessOptions DEFAULTS = new Builder().build();

    private final String businessKey;
    private final Duration deadline;
    private final boolean cancelAtDeadline;

    private ProcessOptions(Builder b) {
        this.businessKey = b.businessKey;
        this.deadline = b.deadline;
        this.cancelAtDeadline = b.cancelAtDeadline;
    }

    public static Builder newBuilder() {
        return new Builder();
    }

    public static ProcessOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Shortcut for the most common option. A second start with the same key for the same actor returns the first
     * process instead of starting another, which makes starts safe to retry.
     */
    public static ProcessOptions businessKey(String key) {
        return new Builder().businessKey(key).build();
    }

    public String businessKey() {
        return businessKey;
    }

    /** How long the process may run; {@code null}: no deadline. */
    public Duration deadline() {
        return deadline;
    }

    /** At the deadline the process is cancelled (true) or fails with deadline-exceeded (false, the default). */
    public boolean cancelAtDeadline() {
        return cancelAtDeadline;
    }

    public static final class Builder {
        private String businessKey;
        private Duration deadline;
        private boolean cancelAtDeadline;

        private Builder() {
        }

        public Builder businessKey(String value) {
            this.businessKey = value;
            return this;
        }

        /** The process must finish within {@code value} (whole seconds, rounded up), or it fails. */
        public Builder deadline(Duration value) {
            this.deadline = value;
            return this;
        }

        /** The process must finish within {@code value}, or it is cancelled. */
        public Builder cancelAfter(Duration value) {
            this.deadline = value;
            this.cancelAtDeadline = true;
            return this;
        }

        public ProcessOptions build() {
            return new ProcessOptions(this);
        }
    }
}
