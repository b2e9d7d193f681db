package dev.baton.engine.diagnosis;

import java.time.Instant;

/** A worker's lease on a ready task: who holds it, through which node, since when and until when. */
public record LeaseFacts(String taskId, int attempt, String workerId, String node, Instant leasedAt,
                         Instant expiresAt) {
}
