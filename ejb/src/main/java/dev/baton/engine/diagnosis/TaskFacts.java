package dev.baton.engine.diagnosis;

import dev.baton.domain.task.TaskState;
import dev.baton.domain.task.TaskType;

import java.time.Instant;
import java.util.List;

/**
 * What the analysis needs to know of one task, as the database has it. {@code dependsOn} are the tasks it
 * waits for (stored promise edges, of its arguments or, for a resolving decider, of its result);
 * {@code readyAt} is when it became ready, or for a scheduled task when it is due.
 */
public record TaskFacts(String id, String ref, String actor, TaskType type, TaskState state, int attempt,
                        String eventName, Instant readyAt, Instant waitDeadline, List<String> dependsOn,
                        String errorType, String errorMessage) {

    public TaskFacts {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    boolean isFinished() {
        return state == TaskState.COMPLETED || state == TaskState.FAILED || state == TaskState.CANCELLED;
    }
}
