package dev.baton.engine.task;

import dev.baton.domain.history.HistoryKind;
import dev.baton.domain.task.TaskError;
import dev.baton.domain.task.TaskState;
import dev.baton.engine.dispatch.Effects;
import dev.baton.engine.dispatch.Lease;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * A lease ran out: the attempt counts as failed with type {@code timeout}, and the task is tried again
 * under its retry policy. If the attempt was settled meanwhile, only the stale lease is dropped.
 */
@Stateless
public class ExpireLeaseCommand {

    @Inject
    TaskLocking locking;

    @Inject
    AttemptFailure attemptFailure;

    public Effects execute(Lease lease) {
        Optional<LockedTask> locked = locking.tryLock(lease.taskId());
        if (locked.isEmpty() || locked.get().task().state() != TaskState.READY
                || locked.get().task().attempt() != lease.attempt()) {
            Effects effects = new Effects();
            effects.releaseLease(lease.taskId());
            return effects;
        }
        TaskError timeout = TaskError.timeout("No result from worker " + lease.workerId() + " within the lease of "
                + lease.timeoutSeconds() + " s");
        return attemptFailure.apply(locked.get(), lease, timeout, HistoryKind.TASK_TIMED_OUT);
    }
}
