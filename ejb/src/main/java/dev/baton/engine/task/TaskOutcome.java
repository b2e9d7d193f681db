package dev.baton.engine.task;

import dev.baton.domain.decision.Decision;
import dev.baton.domain.task.TaskError;
import dev.baton.engine.dispatch.Lease;
import jakarta.json.JsonValue;

/**
 * What an actor reports about one delivery: a worker's result, a decider's decision, or a failed attempt.
 * {@code attempt} comes from the delivery's token; {@code lease} is the delivery's lease if Hazelcast still
 * has it (it also tells which process the task belongs to, saving a lookup).
 */
public sealed interface TaskOutcome {

    String taskId();

    int attempt();

    Lease lease();

    /** The process of the task as the lease says, or null when there is no lease. */
    default String processHint() {
        return lease() == null ? null : lease().processId();
    }

    record Completed(String taskId, int attempt, Lease lease, JsonValue result) implements TaskOutcome {
    }

    record Decided(String taskId, int attempt, Lease lease, Decision decision) implements TaskOutcome {
    }

    record Failed(String taskId, int attempt, Lease lease, TaskError error) implements TaskOutcome {
    }
}
