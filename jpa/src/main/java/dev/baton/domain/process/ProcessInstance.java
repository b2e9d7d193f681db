package dev.baton.domain.process;

import dev.baton.domain.task.TaskError;
import jakarta.persistence.Column;
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

import java.time.Instant;

/**
 * One run of a start decider. It completes when its start task's result is resolved and no task of it
 * is left unfinished; it fails as soon as a task fails for good and nobody accepts that failure, or when
 * its deadline passes. Operators suspend, resume, cancel, restart and abandon it; every move is one of
 * {@link ProcessTransition}. A failure keeps its cause (error type, failed task and its actor) in columns of
 * their own, so broken processes can be grouped and filtered without reading the error JSON.
 */
@Entity
@DynamicUpdate
@Table(name = "baton_process")
public class ProcessInstance {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(name = "business_key", length = 200)
    private String businessKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProcessState state;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String args;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String result;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String error;

    @Column(name = "error_type", length = 200)
    private String errorType;

    /** The task whose failure failed the process (the one to repair), if a task did. */
    @Column(name = "cause_task_id", length = 36)
    private String causeTaskId;

    @Column(name = "cause_actor", length = 200)
    private String causeActor;

    @Column(name = "deadline_at")
    private Instant deadlineAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "on_deadline", length = 16)
    private DeadlineAction onDeadline;

    /** The schedule that started it, if one did. */
    @Column(name = "schedule_name", length = 200)
    private String scheduleName;

    @Column(name = "start_task_id", length = 36)
    private String startTaskId;

    /** Tasks of this process not yet in a terminal state; maintained under the process lock. */
    @Column(name = "open_tasks", nullable = false)
    private int openTasks;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    @Transient
    private ProcessTransition lastTransition;

    protected ProcessInstance() {
    }

    public ProcessInstance(String id, String actor, String businessKey, String argsJson, String startTaskId, Instant now) {
        this.id = id;
        this.actor = actor;
        this.businessKey = businessKey;
        this.args = argsJson;
        this.startTaskId = startTaskId;
        this.state = ProcessState.RUNNING;
        this.openTasks = 1;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The process must be unfinished at this instant, or the action applies. */
    public void deadline(Instant at, DeadlineAction action) {
        this.deadlineAt = at;
        this.onDeadline = action;
    }

    /** Records that a schedule started it, so processes can be traced to (and counted per) their schedule. */
    public void startedBy(String scheduleName) {
        this.scheduleName = scheduleName;
    }

    /** Its ready tasks are dispatched (not suspended, not finished). */
    public boolean isRunning() {
        return state == ProcessState.RUNNING;
    }

    /** Not finished: running or suspended. Tasks of an active process still settle. */
    public boolean isActive() {
        return !state.isTerminal();
    }

    public boolean deadlinePassed(Instant now) {
        return isActive() && deadlineAt != null && !deadlineAt.isAfter(now);
    }

    public void tasksOpened(int count, Instant now) {
        openTasks += count;
        updatedAt = now;
    }

    public void taskClosed(Instant now) {
        openTasks = Math.max(0, openTasks - 1);
        updatedAt = now;
    }

    /** True when the start task has produced its value and nothing else is still running. */
    public boolean readyToComplete(boolean startTaskCompleted) {
        return isActive() && startTaskCompleted && openTasks == 0;
    }

    public void complete(String resultJson, Instant now) {
        move(state == ProcessState.SUSPENDED ? ProcessTransition.RESULT_RESOLVED_WHILE_SUSPENDED
                : ProcessTransition.RESULT_RESOLVED);
        result = resultJson;
        end(now);
    }

    /** Fails the process; {@code causeActor} is the actor of the failed task ({@code cause.taskId()}), if any. */
    public void fail(TaskError cause, String causeActor, Instant now) {
        move(state == ProcessState.SUSPENDED ? ProcessTransition.FAILURE_WHILE_SUSPENDED : ProcessTransition.FAILURE);
        error = cause.toJsonText();
        errorType = cause.type();
        causeTaskId = cause.taskId();
        this.causeActor = causeActor;
        end(now);
    }

    public void suspend(Instant now) {
        move(ProcessTransition.SUSPENSION);
        updatedAt = now;
    }

    public void resume(Instant now) {
        move(ProcessTransition.RESUMPTION);
        updatedAt = now;
    }

    /** Cancels an unfinished process; {@code reason} says who and why, and is kept as its error. */
    public void cancel(TaskError reason, Instant now) {
        move(state == ProcessState.SUSPENDED ? ProcessTransition.CANCELLATION_WHILE_SUSPENDED
                : ProcessTransition.CANCELLATION);
        error = reason.toJsonText();
        errorType = reason.type();
        end(now);
    }

    /** Gives up on a failed process: it is cancelled and no longer counts as broken. The failure stays recorded. */
    public void abandon(Instant now) {
        move(ProcessTransition.ABANDONMENT);
        updatedAt = now;
    }

    /** A failed process runs again; {@code openTasks} is the number of its tasks that are unfinished again. */
    public void restart(int openTasks, Instant now) {
        move(ProcessTransition.RESTART);
        this.openTasks = openTasks;
        error = null;
        errorType = null;
        causeTaskId = null;
        causeActor = null;
        endedAt = null;
        updatedAt = now;
    }

    private void end(Instant now) {
        endedAt = now;
        updatedAt = now;
        openTasks = 0;
    }

    private void move(ProcessTransition transition) {
        if (state != transition.from()) {
            throw new IllegalStateException("Process " + id + " cannot make move " + transition + " from " + state);
        }
        state = transition.to();
        lastTransition = transition;
    }

    public String id() {
        return id;
    }

    public String actor() {
        return actor;
    }

    public String businessKey() {
        return businessKey;
    }

    public ProcessState state() {
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

    /** The message of the error (failure or cancellation reason), read from its JSON. */
    public String errorMessage() {
        return error == null ? null : TaskError.fromJsonText(error).message();
    }

    public String errorType() {
        return errorType;
    }

    public String causeTaskId() {
        return causeTaskId;
    }

    public String causeActor() {
        return causeActor;
    }

    public Instant deadlineAt() {
        return deadlineAt;
    }

    public DeadlineAction onDeadline() {
        return onDeadline;
    }

    public String scheduleName() {
        return scheduleName;
    }

    public String startTaskId() {
        return startTaskId;
    }

    public int openTasks() {
        return openTasks;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public ProcessTransition lastTransition() {
        return lastTransition;
    }
}
