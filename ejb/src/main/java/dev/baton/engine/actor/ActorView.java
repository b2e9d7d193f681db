package dev.baton.engine.actor;

import java.time.Instant;

/**
 * One actor's dispatch state and settings. {@code oldestReadySeconds} is null when its queue is empty;
 * {@code completionsPerMinute} counts its tasks completed over the last minute, cluster-wide.
 */
public record ActorView(String actor, int queueDepth, Long oldestReadySeconds, int inFlight, Instant lastPollAt,
                        boolean blocked, Instant blockedAt, String blockedBy, long completionsPerMinute,
                        ActorDefaults defaults) {
}
