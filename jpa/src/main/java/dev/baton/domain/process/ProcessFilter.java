package dev.baton.domain.process;

import java.time.Instant;

/**
 * Criteria for selecting processes (listing, bulk operations). Paging is by keyset: {@code afterId} is the
 * last id of the previous page, and ids are time-ordered, so deep pages cost the same as the first; a
 * creation-time range is turned into an id range for the same reason. {@code causeActor} and
 * {@code errorType} select failed processes by the task that broke them; {@code scheduleName} those a
 * schedule started.
 */
public record ProcessFilter(ProcessState state, String actor, String businessKey, String errorType,
                            String causeActor, Instant createdFrom, Instant createdTo, Instant endedFrom,
                            Instant endedTo, String afterId, int limit, String scheduleName) {

    /** Without a schedule criterion. */
    public ProcessFilter(ProcessState state, String actor, String businessKey, String errorType, String causeActor,
                         Instant createdFrom, Instant createdTo, Instant endedFrom, Instant endedTo, String afterId,
                         int limit) {
        this(state, actor, businessKey, errorType, causeActor, createdFrom, createdTo, endedFrom, endedTo, afterId, limit,
                null);
    }

    public static Builder builder() {
        return new Builder();
    }

    public ProcessFilter after(String lastId, int pageSize) {
        return new ProcessFilter(state, actor, businessKey, errorType, causeActor, createdFrom, createdTo, endedFrom,
                endedTo, lastId, pageSize, scheduleName);
    }

    public static final class Builder {
        private ProcessState state;
        private String actor;
        private String businessKey;
        private String errorType;
        private String causeActor;
        private Instant createdFrom;
        private Instant createdTo;
        private Instant endedFrom;
        private Instant endedTo;
        private String afterId;
        private int limit = 50;
        private String scheduleName;

        private Builder() {
        }

        public Builder state(ProcessState state) {
            this.state = state;
            return this;
        }

        public Builder actor(String actor) {
            this.actor = actor;
            return this;
        }

        public Builder businessKey(String businessKey) {
            this.businessKey = businessKey;
            return this;
        }

        public Builder errorType(String errorType) {
            this.errorType = errorType;
            return this;
        }

        public Builder causeActor(String causeActor) {
            this.causeActor = causeActor;
            return this;
        }

        public Builder created(Instant from, Instant to) {
            this.createdFrom = from;
            this.createdTo = to;
            return this;
        }

        public Builder ended(Instant from, Instant to) {
            this.endedFrom = from;
            this.endedTo = to;
            return this;
        }

        public Builder afterId(String afterId) {
            this.afterId = afterId;
            return this;
        }

        /** Processes started by this schedule. */
        public Builder scheduleName(String scheduleName) {
            this.scheduleName = scheduleName;
            return this;
        }

        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        public ProcessFilter build() {
            return new ProcessFilter(state, actor, businessKey, errorType, causeActor, createdFrom, createdTo, endedFrom,
                    endedTo, afterId, limit, scheduleName);
        }
    }
}
