package dev.baton.engine.overview;

import dev.baton.engine.actor.ActorView;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's numbers at {@code at}. {@code open} counts running, suspended and failed processes (all of
 * them); {@code endedLastDay} counts completed, failed and cancelled processes that ended in the last 24 hours;
 * {@code lastHour} has one entry per minute of the last hour, oldest first; {@code unpolled} are actors with
 * queued work that nobody has polled for a minute; {@code blocked} are actors operators blocked.
 */
public record Overview(Instant at, Map<String, Long> open, Map<String, Long> endedLastDay, List<Minute> lastHour,
                       List<ActorView> unpolled, List<ActorView> blocked, LocalNode node) {

    /** Processes that completed and failed in one minute (starting at {@code start}). */
    public record Minute(Instant start, long completed, long failed) {
    }

    /**
     * What this node sees of the cluster: its own name, the Hazelcast members it is connected to, and the
     * completions per minute each node has published (nodes that stopped publishing are left out).
     */
    public record LocalNode(String name, String memberAddress, List<String> members, Map<String, Long> completionsPerNode) {
    }
}
