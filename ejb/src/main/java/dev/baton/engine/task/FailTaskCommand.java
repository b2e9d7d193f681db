package dev.baton.engine.task;

import dev.baton.domain.history.HistoryKind;
import dev.baton.domain.task.TaskError;
import dev.baton.engine.dispatch.Effects;
import dev.baton.engine.dispatch.Lease;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** A worker reports that its attempt failed. One transaction. */
@Stateless
public class FailTaskCommand {

    @Inject
    TaskLocking locking;

    @Inject
    AttemptFailure attemptFailure;

    public Effects execute(String taskId, int attempt, Lease lease, TaskError error) {
        LockedTask locked = locking.lock(taskId, lease == null ? null : lease.processId());
        locked.task().requireCurrentAttempt(attempt);
        return attemptFailure.apply(locked, lease, error, HistoryKind.TASK_ATTEMPT_FAILED);
    }
}
