package dev.baton.domain.task;

import static dev.baton.domain.task.TaskState.AWAITING_EVENT;
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
    PROMISES_RESOLVED_DELAYED(WAITING, SCHEDULED),
    PROMISES_RESOLVED_AWAITING_EVENT(WAITING, AWAITING_EVENT),
    WAITING_CANCELLED(WAITING, CANCELLED),
    BECAME_DUE(SCHEDULED, READY),
    SCHEDULED_CANCELLED(SCHEDULED, CANCELLED),
    COMPLETED_BY_ACTOR(READY, COMPLETED),
    AWAITING_RESULT_PROMISE(READY, RESOLVING),
    RETRY_AFTER_BACKOFF(READY, SCHEDULED),
    RETRY_AT_ONCE(READY, READY),
    FAILED_FOR_GOOD(READY, FAILED),
    READY_CANCELLED(READY, CANCELLED),
    EVENT_ARRIVED(AWAITING_EVENT, COMPLETED),
    EVENT_TIMED_OUT(AWAITING_EVENT, FAILED),
    AWAITING_EVENT_CANCELLED(AWAITING_EVENT, CANCELLED),
    RESULT_PROMISE_RESOLVED(RESOLVING, COMPLETED),
    RESULT_PROMISE_FAILED(RESOLVING, FAILED),
    RESOLVING_CANCELLED(RESOLVING, CANCELLED),
    /** An operator restarts the task whose failure failed the process: it runs again with a fresh retry budget. */
    RESTARTED(FAILED, READY),
    RESTARTED_AWAITING_EVENT(FAILED, AWAITING_EVENT),
    /** A decider whose result failed only because a restarted task failed waits for that result again. */
    RESULT_PROMISE_REOPENED(FAILED, RESOLVING),
    /** A task cancelled when its process failed comes back when the process is restarted. */
    REVIVED(CANCELLED, WAITING),
    REVIVED_RESOLVING(CANCELLED, RESOLVING);

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
            case AWAITING_EVENT -> AWAITING_EVENT_CANCELLED;
            case RESOLVING -> RESOLVING_CANCELLED;
            default -> null;
        };
    }
}
