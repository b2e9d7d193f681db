package dev.baton.engine.cluster;

import java.time.Instant;
import java.util.List;

/**
 * One node of the cluster for the API and the console.
 *
 * @param leasesHeld           leases of tasks polled through this node that are in flight now
 * @param completionsPerSecond task completions through this node per second, over the last minute
 * @param coordinator          whether this node holds the coordinator lease (runs the cluster-wide work)
 */
public record NodeView(String id, String address, List<String> roles, String version, Instant startedAt,
                       Instant lastSeen, NodeState state, boolean coordinator, long leasesHeld,
                       double completionsPerSecond) {
}
