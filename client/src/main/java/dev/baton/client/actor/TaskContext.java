package dev.baton.client.actor;

import dev.baton.client.internal.actor.CurrentTask;

/**
 * The task the current thread is executing, for actor code that needs it: idempotency keys for side effects
 * (workers are delivered at least once), logging, or behaving differently on a retry.
 *
 * @param attempt 1 on first delivery
 */
public record TaskContext(String taskId, String processId, String actor, String method, int attempt) {

    /**
     * @throws IllegalStateException outside a task run by {@link dev.baton.client.runner.ActorRunner}
     */
    public static TaskContext current() {
        TaskContext context = CurrentTask.get();
        if (context == null) {
            throw new IllegalStateException("no task is running on this thread");
        }
        return context;
    }
}
