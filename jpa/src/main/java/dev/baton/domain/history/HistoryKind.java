package dev.baton.domain.history;

/** The kinds of facts the history records. */
public enum HistoryKind {
    PROCESS_STARTED,
    PROCESS_COMPLETED,
    PROCESS_FAILED,
    TASK_CREATED,
    TASK_READY,
    TASK_COMPLETED,
    TASK_DECIDED,
    TASK_ATTEMPT_FAILED,
    TASK_TIMED_OUT,
    TASK_RETRY_SCHEDULED,
    TASK_FAILED,
    TASK_CANCELLED
}
