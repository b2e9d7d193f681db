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
 * One invocation of an actor inside a process, or a wait for an external event. All state changes go
 * through {@link #move}, which accepts only the moves in {@link TaskTransition}; callers hold the process
 * lock, so a task never changes concurrently with its siblings. Updates write only the changed columns
 * ({@code @DynamicUpdate}): a state change must not send the arguments, which may be large, back to the
 * database.
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

    /** The actor that runs it; for an event task {@code event:<name>}. */
    @Column(nullable = false, length = 200)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TaskType type;

    @Column(length = 200)
    private String method;

    @Column(name = "event_name", length = 150)
    private String eventName;

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

    /** The attempt that began the current retry budget: 1, or the attempt an operator restarted it with. */
    @Column(name = "first_attempt", nullable = false)
    private int firstAttempt;

    @Embedded
    private RetryPolicy retry;

    /** The lease of each delivery; for an event task the longest wait for its event (0: no limit). */
    @Column(name = "timeout_seconds", nullable = false)
    private int timeoutSeconds;

    @Embedded
    private TaskTiming timing;

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
        this.id = spec.id;
        this.processId = spec.processId;
        this.parentId = spec.parentId;
        this.ref = spec.ref;
        this.actor = spec.actor;
        this.type = spec.type;
        this.method = spec.method;
        this.eventName = spec.eventName;
        this.args = spec.args;
        this.acceptFail = spec.acceptFail;
        this.retry = spec.retry;
        this.timeoutSeconds = spec.timeoutSeconds;
        this.timing = new TaskTiming(spec.notBefore, spec.delaySeconds, spec.scheduleToStartSeconds);
        this.pendingDeps = spec.pendingDeps;
        this.attempt = 1;
        this.firstAttempt = 1;
        this.createdAt = now;
        this.state = TaskState.WAITING;
        if (pendingDeps == 0) {
            state = resolvedState(now);
            enter(state, now);
        }
    }

    /** A new task: waiting for its promises, or at once ready, delayed, or awaiting its event. */
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

    /**
     * Its promises are resolved: an event task now awaits its event, a task with a start time in the future
     * is scheduled, any other is ready. Returns the new state.
     */
    public TaskState becomeReady(Instant now) {
        TaskState next = resolvedState(now);
        move(switch (next) {
            case AWAITING_EVENT -> TaskTransition.PROMISES_RESOLVED_AWAITING_EVENT;
            case SCHEDULED -> TaskTransition.PROMISES_RESOLVED_DELAYED;
            default -> TaskTransition.PROMISES_RESOLVED;
        });
        enter(next, now);
        return next;
    }

    /** A retry's backoff or a delayed start has elapsed. */
    public void becomeDue(Instant now) {
        move(TaskTransition.BECAME_DUE);
        enter(TaskState.READY, now);
    }

    private TaskState resolvedState(Instant now) {
        if (type == TaskType.EVENT) {
            return TaskState.AWAITING_EVENT;
        }
        return timing().dueAt(now).isAfter(now) ? TaskState.SCHEDULED : TaskState.READY;
    }

    private void enter(TaskState entered, Instant now) {
        switch (entered) {
            case READY -> {
                readyAt = now;
                timing().startTimeApplied();
                timing().awaitPickUp(now);
            }
            case SCHEDULED -> readyAt = timing().dueAt(now);
            case AWAITING_EVENT -> {
                readyAt = now;
                timing().awaitEvent(now, timeoutSeconds);
            }
            default -> throw new IllegalStateException("Tasks do not arrive in " + entered);
        }
    }

    public void recordDispatch(String worker, Instant leasedAt) {
        this.workerId = worker;
        this.startedAt = leasedAt;
        timing().endWait();
    }

    public void complete(String resultJson, Instant now) {
        move(TaskTransition.COMPLETED_BY_ACTOR);
        this.result = resultJson;
        this.endedAt = now;
        timing().endWait();
    }

    /** The event this task awaited arrived; its payload is the task's value. */
    public void receiveEvent(String payloadJson, Instant now) {
        move(TaskTransition.EVENT_ARRIVED);
        this.result = payloadJson;
        this.endedAt = now;
        timing().endWait();
    }

    /** The event did not arrive in time; waiting for an event is not retried. */
    public void timeOutEvent(TaskError cause, Instant now) {
        move(TaskTransition.EVENT_TIMED_OUT);
        this.error = cause.toJsonText();
        this.endedAt = now;
        timing().endWait();
    }

    /** Its process resumed: the schedule-to-start bound counts again from now. */
    public void waitAgainForPickUp(Instant now) {
        if (state == TaskState.READY) {
            timing().awaitPickUp(now);
        }
    }

    /** A ready task passed its schedule-to-start deadline but was picked up meanwhile: the wait is over. */
    public void pickedUp() {
        timing().endWait();
    }

    /** A decider answered with a result that still holds promises; it completes when they resolve. */
    public void awaitResult(String resultTemplateJson, int unresolvedPromises) {
        move(TaskTransition.AWAITING_RESULT_PROMISE);
        this.result = resultTemplateJson;
        this.pendingDeps = unresolvedPromises;
        timing().endWait();
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
     * not at all. Attempts count from the start of the current retry budget.
     */
    public void failAttempt(TaskError cause, Instant now) {
        this.error = cause.toJsonText();
        timing().endWait();
        int next = attempt + 1;
        if (cause.retryable() && retry.allowsAttempt(next - firstAttempt + 1)) {
            Duration delay = retry.delayBefore(next - firstAttempt + 1);
            attempt = next;
            workerId = null;
            startedAt = null;
            if (delay.isZero()) {
                move(TaskTransition.RETRY_AT_ONCE);
                enter(TaskState.READY, now);
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
        timing().endWait();
    }

    /**
     * An operator restarts this failed task: a new attempt with a fresh retry budget, optionally with
     * arguments the operator corrected (values only).
     */
    public void restart(String editedArgsJson, Instant now) {
        move(type == TaskType.EVENT ? TaskTransition.RESTARTED_AWAITING_EVENT : TaskTransition.RESTARTED);
        if (editedArgsJson != null) {
            args = editedArgsJson;
        }
        attempt++;
        firstAttempt = attempt;
        error = null;
        endedAt = null;
        workerId = null;
        startedAt = null;
        pendingDeps = 0;
        enter(state, now);
    }

    /** This decider's result failed only through the restarted task: it waits for that result again. */
    public void reopenResult(int unresolvedPromises) {
        move(TaskTransition.RESULT_PROMISE_REOPENED);
        error = null;
        endedAt = null;
        pendingDeps = unresolvedPromises;
    }

    /**
     * Brings back a task that was cancelled when its process failed, waiting on the promises that are
     * unresolved now; the caller makes it ready when there are none. A task that may have been handed out
     * before (no promises pending when it was cancelled) gets a new attempt number, so a late answer to the
     * old delivery is refused; its remaining retry budget is kept.
     */
    public void revive(int unresolvedPromises) {
        boolean resolving = result != null;
        boolean mayHaveBeenDelivered = !resolving && pendingDeps == 0 && type.isDispatched();
        move(resolving ? TaskTransition.REVIVED_RESOLVING : TaskTransition.REVIVED);
        if (mayHaveBeenDelivered) {
            attempt++;
            firstAttempt++;
        }
        endedAt = null;
        workerId = null;
        startedAt = null;
        pendingDeps = unresolvedPromises;
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

    public String eventName() {
        return eventName;
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

    /** Never null: JPA loads an embeddable whose columns are all null as null, which means "no timing". */
    public TaskTiming timing() {
        if (timing == null) {
            timing = new TaskTiming();
        }
        return timing;
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
