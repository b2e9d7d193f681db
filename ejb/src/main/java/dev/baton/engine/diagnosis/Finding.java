package dev.baton.engine.diagnosis;

import java.time.Instant;

/**
 * One link of the chain that explains a waiting process. {@code depth} is how far down the promise graph
 * it lies (0: the process itself), so the chain reads as a tree; {@code at} and {@code until} are the
 * instants the finding speaks of (a lease's start and expiry, a due time, a last poll), when it has any.
 */
public record Finding(int depth, Kind kind, String taskId, String actor, String text, Instant at, Instant until) {

    /** What a finding says; the console colours and groups by it. */
    public enum Kind {
        /** The process is finished; nothing waits. */
        FINISHED,
        /** The process failed; the failed task is the one to repair. */
        FAILED,
        /** An operator suspended the process: nothing new is dispatched. */
        SUSPENDED,
        /** The process has a deadline. */
        DEADLINE,
        /** A task waits for promises of other tasks. */
        WAITS_FOR_PROMISES,
        /** A decider answered and waits for the tasks its result promises. */
        WAITS_FOR_RESULT,
        /** A task is due later (delayed start or retry backoff). */
        SCHEDULED,
        /** A scheduled task's time has come and it will be promoted on the next tick. */
        DUE,
        /** A ready task waits in its actor's queue. */
        QUEUED,
        /** The actor is blocked by an operator: its polls get nothing. */
        ACTOR_BLOCKED,
        /** Nobody has polled the actor recently, or ever. */
        ACTOR_NOT_POLLED,
        /** A worker holds a lease on the task and is working on it. */
        LEASED,
        /** The task's lease ran out; the lease sweeper turns it into a failed attempt. */
        LEASE_EXPIRED,
        /** A ready task is neither queued nor leased; the reconciler queues it again. */
        NOT_QUEUED,
        /** An event task waits for its event. */
        AWAITING_EVENT,
        /** A ready or event task must be picked up or receive its event by a deadline. */
        WAIT_DEADLINE,
        /** The start task has its value but other tasks of the process are still open. */
        OPEN_TASKS
    }
}
