package dev.baton.engine.process;

import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.List;

/**
 * A task as callers see it. {@code state} adds {@code RUNNING} for a ready task that a worker holds a
 * lease on, which only Hazelcast knows. {@code waitDeadline} is when the current wait must end (a ready
 * task's schedule-to-start bound, an event task's timeout); {@code eventName} is set for event tasks.
 */
public record TaskView(String id, String processId, String parentId, String ref, String actor, String type,
                       String method, String eventName, String state, int attempt, List<String> dependsOn,
                       JsonValue args, JsonValue result, JsonValue error, String workerId, Instant createdAt,
                       Instant readyAt, Instant startedAt, Instant endedAt, Instant leaseExpiresAt,
                       Instant waitDeadline) {
}
