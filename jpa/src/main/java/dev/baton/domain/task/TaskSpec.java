package dev.baton.domain.task;

/** Everything needed to create a task; built by the start of a process or by a decision. */
public record TaskSpec(String id, String processId, String parentId, String ref, String actor, TaskType type,
                       String method, String args, int pendingDeps, boolean acceptFail, RetryPolicy retry,
                       int timeoutSeconds) {
}
