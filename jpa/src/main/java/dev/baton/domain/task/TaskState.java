package dev.baton.domain.task;

/**
 * Where a task stands in the database. Whether a ready task is currently leased by a worker is not a
 * database state: leases live in Hazelcast so that a poll never touches the database.
 */
public enum TaskState {
    /** Some promise in its arguments is not resolved yet. */
    WAITING,
    /** Due later: a retry after backoff, or a delayed task before its start time. */
    SCHEDULED,
    /** Can be handed to an actor now (queued or leased). */
    READY,
    /** An event task waiting for its event to be delivered. */
    AWAITING_EVENT,
    /** A decider returned a promise as its result and the promised value is not there yet. */
    RESOLVING,
    COMPLETED,
    FAILED,
    CANCELLED;

    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
