package dev.baton.domain.decision;

import jakarta.json.JsonValue;

import java.util.List;
import java.util.Set;

/**
 * A checked decision, ready to store. {@code existingReferences} are ids of tasks created earlier that the
 * decision promises on; the engine must confirm they belong to the same process before applying it.
 */
public record DecisionPlan(List<PlannedTask> tasks, JsonValue result, Set<String> resultDependsOn,
                           Set<String> existingReferences) {
}
