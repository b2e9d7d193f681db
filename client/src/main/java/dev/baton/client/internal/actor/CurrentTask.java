package dev.baton.client.internal.actor;

import dev.baton.client.actor.TaskContext;

/** Holder behind {@link TaskContext#current()}. */
public final class CurrentTask {

    private static final ThreadLocal<TaskContext> CURRENT = new ThreadLocal<>();

    private CurrentTask() {
    }

    public static TaskContext get() {
        return CURRENT.get();
    }

    static void set(TaskContext context) {
        CURRENT.set(context);
    }

    static void clear() {
        CURRENT.remove();
    }
}
