package dev.baton.domain.task;

import static dev.baton.domain.task.TaskState.CANCELLED;
import static dev.baton.domain.task.TaskState.COMPLETED;
import static dev.baton.domain.task.TaskState.FAILED;
import static dev.baton.domain.task.TaskState.READY;
import static dev.baton.domain.task.TaskState.RESOLVING;
import static dev.baton.domain.task.TaskState.SCHEDULED;
import static dev.baton.domain.task.TaskState.WAITING;

/**
 * Every move a task may make. {@link Task} refuses any move not listed here, and a test drives each of
 * them, so the table and the behaviour cannot drift apart.
 */
public enum TaskTransition {
    PROMISES_RESOLVED(WAITING, READY),
    WAITING_CANCELLED(WAITING, CANCELLED),
    BACKOFF_ELAPSED(SCHEDULED, READY),
    SCHEDULED_CANCELLED(SCHEDULED, CANCELLED),
    COMPLETED_BY_ACTOR(READY, COMPLETED),
    AWAITING_RESULT_PROMISE(READY, RESOLVING),
    RETRY_AFTER_BACKOFF(READY, SCHEDULED),
    RETRY_AT_ONCE(READY, READY),
    FAILED_FOR_GOOD(READY, FAILED),
    READY_CANCELLED(READY, CANCELLED),
    RESULT_PROMISE_RESOLVED(RESOLVING, COMPLETED),
    RESULT_PROMISE_FAILED(RESOLVING, FAILED),
    RESOLVING_CANCELLED(RESOLVING, CANCELLED);

    private final TaskState from;
    private final TaskState to;

    TaskTransition(TaskState from, TaskState to) {
        this.from = from;
        this.to = to;
    }

    public TaskState from() {
        return from;
    }

    public TaskState to() {
        return to;
    }

    /** The cancellation move that leaves the given state, if a task in that state can be cancelled. */
    public static TaskTransition cancellationFrom(TaskState state) {
        return switch (state) {
            case WAITING -> WAITING_CANCELLED;
            case SCHEDULED -> SCHEDULED_CANCELLED;
            case READY -> READY_CANCELLED;
            case RESOLVING -> RESOLVING_CANCELLED;
            default -> null;
        };
    }
}
