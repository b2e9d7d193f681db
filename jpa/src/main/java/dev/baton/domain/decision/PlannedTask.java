package dev.baton.domain.decision;

import jakarta.json.JsonValue;

import java.util.Set;

/** A decision task with its id assigned and its promises rewritten to task ids. */
public record PlannedTask(String id, DecisionTask source, JsonValue args, Set<String> dependsOn) {
}
