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
 * is left unfinished; it fails as soon as a task fails for good and nobody accepts that failure.
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

    public boolean isRunning() {
        return state == ProcessState.RUNNING;
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
        return isRunning() && startTaskCompleted && openTasks == 0;
    }

    public void complete(String resultJson, Instant now) {
        move(ProcessTransition.RESULT_RESOLVED);
        result = resultJson;
        endedAt = now;
        updatedAt = now;
    }

    public void fail(TaskError cause, Instant now) {
        move(ProcessTransition.TASK_FAILED);
        error = cause.toJsonText();
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
