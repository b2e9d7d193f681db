package dev.baton.domain.task;

import java.time.Instant;
import java.util.Objects;

/**
 * Everything needed to create a task; built by the start of a process or by a decision. Timing fields are
 * optional: {@code notBefore} (an absolute start time) and {@code delaySeconds} (counted from the moment the
 * task's promises are resolved) delay its first dispatch; {@code scheduleToStartSeconds} bounds how long it
 * may stay ready without being picked up; for an event task, {@code timeoutSeconds} bounds the wait for the
 * event (0: no bound), for the others it is the lease of each delivery.
 */
public final class TaskSpec {

    final String id;
    final String processId;
    final String parentId;
    final String ref;
    final String actor;
    final TaskType type;
    final String method;
    final String eventName;
    final String args;
    final int pendingDeps;
    final boolean acceptFail;
    final RetryPolicy retry;
    final int timeoutSeconds;
    final Instant notBefore;
    final Integer delaySeconds;
    final Integer scheduleToStartSeconds;

    private TaskSpec(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.processId = Objects.requireNonNull(b.processId, "processId");
        this.parentId = b.parentId;
        this.ref = b.ref;
        this.type = b.type;
        this.eventName = b.eventName;
        this.actor = b.type == TaskType.EVENT ? eventActor(b.eventName) : Objects.requireNonNull(b.actor, "actor");
        this.method = b.method;
        this.args = b.args;
        this.pendingDeps = b.pendingDeps;
        this.acceptFail = b.acceptFail;
        this.retry = Objects.requireNonNull(b.retry, "retry");
        this.timeoutSeconds = b.timeoutSeconds;
        this.notBefore = b.notBefore;
        this.delaySeconds = b.delaySeconds;
        this.scheduleToStartSeconds = b.scheduleToStartSeconds;
    }

    /** The actor column of an event task names its event, so lists and groupings stay readable. */
    public static String eventActor(String eventName) {
        return "event:" + Objects.requireNonNull(eventName, "eventName");
    }

    public static Builder builder() {
        return new Builder();
    }

    public String id() {
        return id;
    }

    public static final class Builder {
        private String id;
        private String processId;
        private String parentId;
        private String ref;
        private String actor;
        private TaskType type = TaskType.WORKER;
        private String method;
        private String eventName;
        private String args = "[]";
        private int pendingDeps;
        private boolean acceptFail;
        private RetryPolicy retry;
        private int timeoutSeconds;
        private Instant notBefore;
        private Integer delaySeconds;
        private Integer scheduleToStartSeconds;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder processId(String processId) {
            this.processId = processId;
            return this;
        }

        public Builder parentId(String parentId) {
            this.parentId = parentId;
            return this;
        }

        public Builder ref(String ref) {
            this.ref = ref;
            return this;
        }

        public Builder actor(String actor) {
            this.actor = actor;
            return this;
        }

        public Builder type(TaskType type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        public Builder method(String method) {
            this.method = method;
            return this;
        }

        public Builder eventName(String eventName) {
            this.eventName = eventName;
            return this;
        }

        public Builder args(String argsJson) {
            this.args = argsJson;
            return this;
        }

        public Builder pendingDeps(int pendingDeps) {
            this.pendingDeps = pendingDeps;
            return this;
        }

        public Builder acceptFail(boolean acceptFail) {
            this.acceptFail = acceptFail;
            return this;
        }

        public Builder retry(RetryPolicy retry) {
            this.retry = retry;
            return this;
        }

        public Builder timeoutSeconds(int timeoutSeconds) {
            this.timeoutSeconds = timeoutSeconds;
            return this;
        }

        public Builder notBefore(Instant notBefore) {
            this.notBefore = notBefore;
            return this;
        }

        public Builder delaySeconds(Integer delaySeconds) {
            this.delaySeconds = delaySeconds;
            return this;
        }

        public Builder scheduleToStartSeconds(Integer scheduleToStartSeconds) {
            this.scheduleToStartSeconds = scheduleToStartSeconds;
            return this;
        }

        public TaskSpec build() {
            return new TaskSpec(this);
        }
    }
}
