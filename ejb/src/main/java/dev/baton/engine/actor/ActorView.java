package dev.baton.engine.actor;

import java.time.Instant;

/** One actor's dispatch state. {@code oldestReadySeconds} is null when its queue is empty. */
public record ActorView(String actor, int queueDepth, Long oldestReadySeconds, int inFlight, Instant lastPollAt) {
}
