package dev.baton.domain.operation;

/** Where a bulk operation stands. */
public enum BulkState {
    RUNNING,
    /** Every selected process was handled (affected, or skipped because the action did not apply). */
    DONE,
    /** Stopped by an unexpected error; what was done before it stays done. */
    FAILED
}
