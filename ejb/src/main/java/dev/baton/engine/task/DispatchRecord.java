package dev.baton.engine.task;

import dev.baton.domain.history.HistoryEntry;
import dev.baton.domain.history.HistoryKind;
import dev.baton.domain.history.HistoryRepository;
import dev.baton.domain.task.Task;
import dev.baton.engine.dispatch.Lease;

/**
 * Polls do not write to the database, so who held an attempt and since when is written when the
 * attempt ends, from its lease: on the task, and as a history entry dated at the dispatch.
 */
final class DispatchRecord {

    private DispatchRecord() {
    }

    static void record(Task task, Lease lease, HistoryRepository history) {
        if (lease == null) {
            return;
        }
        task.recordDispatch(lease.workerId(), lease.leasedAt());
        history.append(HistoryEntry.ofTask(task, HistoryKind.TASK_DISPATCHED, lease.leasedAt(),
                "worker " + lease.workerId() + " via " + lease.node()));
    }
}
