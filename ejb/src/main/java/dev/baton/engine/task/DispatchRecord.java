package dev.baton.engine.task;

import dev.baton.domain.task.Task;
import dev.baton.engine.dispatch.Lease;

/**
 * Polls do not write to the database, so who held an attempt and since when is written when the
 * attempt ends, from its lease: on the task, and in the detail of the history entry that ends the attempt
 * (one row per attempt instead of two keeps the completion transaction small).
 */
final class DispatchRecord {

    private DispatchRecord() {
    }

    /** Records the dispatch on the task and returns the words for the attempt's closing history entry. */
    static String record(Task task, Lease lease) {
        if (lease == null) {
            return "dispatch not known (lease lost)";
        }
        task.recordDispatch(lease.workerId(), lease.leasedAt());
        return "dispatched " + lease.leasedAt() + " to worker " + lease.workerId() + " via " + lease.node();
    }
}
