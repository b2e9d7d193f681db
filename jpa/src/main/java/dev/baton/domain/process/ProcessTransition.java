package dev.baton.domain.process;

import static dev.baton.domain.process.ProcessState.CANCELLED;
import static dev.baton.domain.process.ProcessState.COMPLETED;
import static dev.baton.domain.process.ProcessState.FAILED;
import static dev.baton.domain.process.ProcessState.RUNNING;
import static dev.baton.domain.process.ProcessState.SUSPENDED;

/**
 * Every move a process may make; {@link ProcessInstance} refuses any other. A suspended process still
 * settles the tasks that were leased when it was suspended, so it can complete or fail while suspended.
 */
public enum ProcessTransition {
    RESULT_RESOLVED(RUNNING, COMPLETED),
    RESULT_RESOLVED_WHILE_SUSPENDED(SUSPENDED, COMPLETED),
    /** A task failed for good and nobody accepted it, or the deadline passed with the "fail" action. */
    FAILURE(RUNNING, FAILED),
    FAILURE_WHILE_SUSPENDED(SUSPENDED, FAILED),
    SUSPENSION(RUNNING, SUSPENDED),
    RESUMPTION(SUSPENDED, RUNNING),
    CANCELLATION(RUNNING, CANCELLED),
    CANCELLATION_WHILE_SUSPENDED(SUSPENDED, CANCELLED),
    /** An operator gives up on a failed process instead of repairing it. */
    ABANDONMENT(FAILED, CANCELLED),
    /** An operator restarts a failed process from the task whose failure failed it. */
    RESTART(FAILED, RUNNING);

    private final ProcessState from;
    private final ProcessState to;

    ProcessTransition(ProcessState from, ProcessState to) {
        this.from = from;
        this.to = to;
    }

    public ProcessState from() {
        return from;
    }

    public ProcessState to() {
        return to;
    }
}
