package dev.baton.client;

/** How to start a process through {@link BatonClient#newProcess(Class, ProcessOptions)}. */
public final class ProcessOptions {

    private static final ProcessOptions DEFAULTS = new Builder().build();

    private final String businessKey;

    private ProcessOptions(Builder b) {
        this.businessKey = b.businessKey;
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

    public static final class Builder {
        private String businessKey;

        private Builder() {
        }

        public Builder businessKey(String value) {
            this.businessKey = value;
            return this;
        }

        public ProcessOptions build() {
            return new ProcessOptions(this);
        }
    }
}
