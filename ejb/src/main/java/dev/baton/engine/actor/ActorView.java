package dev.baton.engine.actor;

import java.time.Duration;
import java.time.Instant;

/**
 * One actor's dispatch state and settings. {@code oldestReadySeconds} is null when its queue is empty;
 * {@code completionsPerMinute} counts its tasks completed over the last minute, cluster-wide.
 */
public record ActorView(String actor, int queueDepth, Long oldestReadySeconds, int inFlight, Instant lastPollAt,
                        boolean blocked, Instant blockedAt, String blockedBy, long completionsPerMinute,
                        ActorDefaults defaults) {

    /** A poll older than this means nobody is polling the actor any more. */
    public static final Duration POLL_SILENCE = Duration.ofSeconds(60);

    /** Work is queued and nobody has polled for {@link #POLL_SILENCE} (or ever). */
    public boolean isUnpolled(Instant now) {
        return queueDepth > 0 && (lastPollAt == null || lastPollAt.isBefore(now.minus(POLL_SILENCE)));
    }
}
