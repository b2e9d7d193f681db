package dev.baton.client;

/** Filter for {@link BatonClient#listProcesses(ProcessQuery)}; every criterion is optional. */
public final class ProcessQuery {

    private final ProcessState state;
    private final String actor;
    private final String businessKey;
    private final Integer limit;
    private final String cursor;

    private ProcessQuery(Builder b) {
        this.state = b.state;
        this.actor = b.actor;
        this.businessKey = b.businessKey;
        this.limit = b.limit;
        this.cursor = b.cursor;
    }

    public static Builder newBuilder() {
        return new Builder();
    }

    /** Everything, first page, server's default page size. */
    public static ProcessQuery all() {
        return new Builder().build();
    }

    /** The same filter continued at {@code nextCursor}, as returned in {@link ProcessPage#next()}. */
    public ProcessQuery continueAt(String nextCursor) {
        return new Builder().state(state).actor(actor).businessKey(businessKey).limit(limit).cursor(nextCursor).build();
    }

    public ProcessState state() { return state; }
    public String actor() { return actor; }
    public String businessKey() { return businessKey; }
    public Integer limit() { return limit; }
    public String cursor() { return cursor; }

    public static final class Builder {
        private ProcessState state;
        private String actor;
        private String businessKey;
        private Integer limit;
        private String cursor;

        private Builder() {
        }

        public Builder state(ProcessState value) { this.state = value; return this; }
        /** Actor as {@code name#version}. */
        public Builder actor(String value) { this.actor = value; return this; }
        public Builder businessKey(String value) { this.businessKey = value; return this; }
        public Builder limit(Integer value) { this.limit = value; return this; }
        public Builder cursor(String value) { this.cursor = value; return this; }

        public ProcessQuery build() {
            return new ProcessQuery(this);
        }
    }
}
