package dev.baton.domain.task;

import dev.baton.domain.common.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.Instant;

/**
 * One invocation of an actor inside a process. All state changes go through {@link #move}, which accepts
 * only the moves in {@link TaskTransition}; callers hold the process lock, so a task never changes
 * concurrently with its siblings. Updates write only the changed columns ({@code @DynamicUpdate}): a
 * state change must not send the arguments, which may be large, back to the database.
 */
@Entity
@DynamicUpdate
@Table(name = "baton_task")
public class Task {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "process_id", nullable = false, length = 36)
    private String processId;

    @Column(name = "parent_id", length = 36)
    private String parentId;

    @Column(length = 200)
    private String ref;

    @Column(nullable = false, length = 200)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TaskType type;

    @Column(length = 200)
    private String method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TaskState state;

    /** Arguments as JSON, promises rewritten to task ids. */
    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String args;

    /** The value once completed; for a resolving decider, the result template that still holds promises. */
    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String result;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String error;

    @Column(name = "pending_deps", nullable = false)
    private int pendingDeps;

    @Column(name = "accept_fail", nullable = false)
    private boolean acceptFail;

    @Column(nullable = false)
    private int attempt;

    @Embedded
    private RetryPolicy retry;

    @Column(name = "timeout_seconds", nullable = false)
    private int timeoutSeconds;

    @Column(name = "ready_at")
    private Instant readyAt;

    @Column(name = "worker_id", length = 200)
    private String workerId;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    @Transient
    private TaskTransition lastTransition;

    protected Task() {
    }

    private Task(TaskSpec spec, Instant now) {
        this.id = spec.id();
        this.processId = spec.processId();
        this.parentId = spec.parentId();
        this.ref = spec.ref();
        this.actor = spec.actor();
        this.type = spec.type();
        this.method = spec.method();
        this.args = spec.args();
        this.acceptFail = spec.acceptFail();
        this.retry = spec.retry();
        this.timeoutSeconds = spec.timeoutSeconds();
        this.pendingDeps = spec.pendingDeps();
        this.attempt = 1;
        this.createdAt = now;
        if (pendingDeps == 0) {
            this.state = TaskState.READY;
            this.readyAt = now;
        } else {
            this.state = TaskState.WAITING;
        }
    }

    /** A new task: ready at once when it waits on nothing, otherwise waiting for its promises. */
    public static Task create(TaskSpec spec, Instant now) {
        return new Task(spec, now);
    }

    /**
     * Checks that a completion, failure or heartbeat belongs to the current attempt of a task that is
     * still being worked on; anything else is stale.
     */
    public void requireCurrentAttempt(int tokenAttempt) {
        if (state != TaskState.READY) {
            throw new ConflictException("task-not-active", "Task " + id + " is " + state + "; the result is not accepted.");
        }
        if (tokenAttempt != attempt) {
            throw new ConflictException("stale-token",
                    "The token belongs to attempt " + tokenAttempt + " of task " + id + ", but attempt " + attempt + " is current.");
        }
    }

    /** One promise this task waits on has been settled; true when none is left. */
    public boolean releaseDependency() {
        if (pendingDeps > 0) {
            pendingDeps--;
        }
        return pendingDeps == 0;
    }

    public void becomeReady(Instant now) {
        move(TaskTransition.PROMISES_RESOLVED);
        readyAt = now;
    }

    public void becomeDue(Instant now) {
        move(TaskTransition.BACKOFF_ELAPSED);
        readyAt = now;
    }

    public void recordDispatch(String worker, Instant leasedAt) {
        this.workerId = worker;
        this.startedAt = leasedAt;
    }

    public void complete(String resultJson, Instant now) {
        move(TaskTransition.COMPLETED_BY_ACTOR);
        this.result = resultJson;
        this.endedAt = now;
    }

    /** A decider answered with a result that still holds promises; it completes when they resolve. */
    public void awaitResult(String resultTemplateJson, int unresolvedPromises) {
        move(TaskTransition.AWAITING_RESULT_PROMISE);
        this.result = resultTemplateJson;
        this.pendingDeps = unresolvedPromises;
    }

    public void resolveResult(String resultJson, Instant now) {
        move(TaskTransition.RESULT_PROMISE_RESOLVED);
        this.result = resultJson;
        this.endedAt = now;
    }

    public void failWithResultPromise(TaskError cause, Instant now) {
        move(TaskTransition.RESULT_PROMISE_FAILED);
        this.error = cause.toJsonText();
        this.endedAt = now;
    }

    /**
     * Records a failed attempt and applies the retry policy: the task is tried again at once, later, or
     * not at all.
     */
    public void failAttempt(TaskError cause, Instant now) {
        this.error = cause.toJsonText();
        int next = attempt + 1;
        if (cause.retryable() && retry.allowsAttempt(next)) {
            Duration delay = retry.delayBefore(next);
            attempt = next;
            workerId = null;
            startedAt = null;
            if (delay.isZero()) {
                move(TaskTransition.RETRY_AT_ONCE);
                readyAt = now;
            } else {
                move(TaskTransition.RETRY_AFTER_BACKOFF);
                readyAt = now.plus(delay);
            }
        } else {
            move(TaskTransition.FAILED_FOR_GOOD);
            endedAt = now;
        }
    }

    public void cancel(Instant now) {
        TaskTransition transition = TaskTransition.cancellationFrom(state);
        if (transition == null) {
            throw new IllegalStateException("Task " + id + " is " + state + " and cannot be cancelled");
        }
        move(transition);
        endedAt = now;
    }

    private void move(TaskTransition transition) {
        if (state != transition.from()) {
            throw new IllegalStateException("Task " + id + " cannot make move " + transition + " from " + state);
        }
        state = transition.to();
        lastTransition = transition;
    }

    public String id() {
        return id;
    }

    public String processId() {
        return processId;
    }

    public String parentId() {
        return parentId;
    }

    public String ref() {
        return ref;
    }

    public String actor() {
        return actor;
    }

    public TaskType type() {
        return type;
    }

    public String method() {
        return method;
    }

    public TaskState state() {
        return state;
    }

    public String args() {
        return args;
    }

    public String result() {
        return result;
    }

    public String error() {
        return error;
    }

    public int pendingDeps() {
        return pendingDeps;
    }

    public boolean acceptFail() {
        return acceptFail;
    }

    public int attempt() {
        return attempt;
    }

    public RetryPolicy retry() {
        return retry;
    }

    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    public Instant readyAt() {
        return readyAt;
    }

    public String workerId() {
        return workerId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    /** The last move this object made in memory; lets tests see which transition a call took. */
    public TaskTransition lastTransition() {
        return lastTransition;
    }
}
