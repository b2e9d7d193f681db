package dev.baton.domain.process;

import static dev.baton.domain.process.ProcessState.COMPLETED;
import static dev.baton.domain.process.ProcessState.FAILED;
import static dev.baton.domain.process.ProcessState.RUNNING;

/** Every move a process may make; {@link ProcessInstance} refuses any other. */
public enum ProcessTransition {
    RESULT_RESOLVED(RUNNING, COMPLETED),
    TASK_FAILED(RUNNING, FAILED);

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
