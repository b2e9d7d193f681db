package dev.baton.domain.process;

/** Where a process stands. */
public enum ProcessState {
    /** Its tasks are dispatched as they become ready. */
    RUNNING,
    /** An operator paused it: nothing new is dispatched; tasks already leased may finish. */
    SUSPENDED,
    COMPLETED,
    /** A task failed for good and nobody accepted the failure, or the deadline passed; an operator may restart it. */
    FAILED,
    /** Cancelled by an operator or its deadline, or abandoned after a failure. */
    CANCELLED;

    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
