package dev.baton.client;

/** Lifecycle state of a process; the last three are terminal. */
public enum ProcessState {
    RUNNING, SUSPENDED, COMPLETED, FAILED, CANCELLED;

    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
