package dev.baton.engine.diagnosis;

import java.time.Instant;

/**
 * The dispatch side of one actor: queued tasks, leases in flight, the last poll anywhere in the cluster
 * (null: never polled since the cluster started), and whether operators blocked it.
 */
public record ActorFacts(String actor, int queueDepth, int inFlight, Instant lastPollAt, boolean blocked,
                         String blockedBy, Instant blockedAt) {

    /** An actor nobody has asked about yet: nothing queued, never polled, not blocked. */
    public static ActorFacts unknown(String actor) {
        return new ActorFacts(actor, 0, 0, null, false, null, null);
    }
}
