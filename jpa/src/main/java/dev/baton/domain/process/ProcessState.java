package dev.baton.domain.process;

/** Where a process stands. */
public enum ProcessState {
    RUNNING,
    COMPLETED,
    FAILED;

    public boolean isTerminal() {
        return this != RUNNING;
    }
}
