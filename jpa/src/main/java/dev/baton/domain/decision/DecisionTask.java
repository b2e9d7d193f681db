package dev.baton.domain.decision;

import dev.baton.domain.task.TaskType;
import jakarta.json.JsonArray;

/**
 * One task a decider asks for. {@code ref} names it inside the decision so other tasks can promise on
 * it; {@code retry} and {@code timeoutSeconds} fall back to the engine's defaults when null.
 */
public record DecisionTask(String ref, String actor, TaskType type, String method, JsonArray args,
                           RetrySpec retry, Integer timeoutSeconds, boolean acceptFail) {
}
