package dev.baton.engine.dispatch;

import com.hazelcast.aggregation.Aggregators;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Leases by task id, in a Hazelcast map. A lease makes a delivery exclusive while Hazelcast is healthy;
 * when Hazelcast loses one, the database's attempt check still fences stale results.
 */
@ApplicationScoped
public class Leases {

    public static final String LEASES = "baton.leases";

    @Inject
    HazelcastInstance hazelcast;

    /** True when the lease was taken; false when the task is leased already. */
    public boolean tryAcquire(Lease lease) {
        return map().putIfAbsent(lease.taskId(), lease.toJson()) == null;
    }

    public Optional<Lease> find(String taskId) {
        return Optional.ofNullable(map().get(taskId)).map(Lease::fromJson);
    }

    /** Replaces the lease only if it is still exactly the one read. */
    public boolean replace(Lease current, Lease next) {
        return map().replace(current.taskId(), current.toJson(), next.toJson());
    }

    public void release(String taskId) {
        map().delete(taskId);
    }

    /**
     * Expired leases anywhere in the cluster (the query runs on every member over its own entries, through
     * the index on {@code expiresAt}). Swept by the coordinator alone, so an api-only node that owns part of
     * the map needs no sweeper of its own.
     */
    public List<Lease> expired(Instant now, int limit) {
        Set<String> keys = map().keySet(Predicates.lessThan("expiresAt", now.toEpochMilli()));
        return keys.stream().limit(limit).map(map()::get).filter(v -> v != null).map(Lease::fromJson)
                .filter(l -> l.expiresAt().isBefore(now)).toList();
    }

    /** Leases granted through the node (polls it served) that are in flight now; counted in the cluster. */
    public long countByNode(String node) {
        Long count = map().aggregate(Aggregators.count(), Predicates.equal("node", node));
        return count == null ? 0 : count;
    }

    public int countForActor(String actor) {
        return map().keySet(Predicates.equal("actor", actor)).size();
    }

    /** The leases that exist for any of the given tasks, by task id. */
    public Map<String, Lease> leasesOf(Set<String> taskIds) {
        Map<String, Lease> found = new HashMap<>();
        map().getAll(taskIds).forEach((id, value) -> found.put(id, Lease.fromJson(value)));
        return found;
    }

    private IMap<String, HazelcastJsonValue> map() {
        return hazelcast.getMap(LEASES);
    }
}
