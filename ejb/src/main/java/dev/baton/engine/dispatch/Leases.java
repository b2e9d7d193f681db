package dev.baton.engine.dispatch;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Leases by task id, in a Hazelcast map. A lease makes a delivery exclusive while Hazelcast is healthy;
 * when Hazelcast loses one, the database's attempt check still fences stale results.
 */
@ApplicationScoped
public class Leases {

    static final String LEASES = "baton.leases";

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

    /** Expired leases whose entries this member owns, so each member sweeps its own share. */
    public List<Lease> expiredLocally(Instant now, int limit) {
        Set<String> keys = map().localKeySet(Predicates.lessThan("expiresAt", now.toEpochMilli()));
        return keys.stream().limit(limit).map(map()::get).filter(v -> v != null).map(Lease::fromJson)
                .filter(l -> l.expiresAt().isBefore(now)).toList();
    }

    public int countForActor(String actor) {
        return map().keySet(Predicates.equal("actor", actor)).size();
    }

    public Set<String> leasedAmong(Set<String> taskIds) {
        return map().getAll(taskIds).keySet();
    }

    private IMap<String, HazelcastJsonValue> map() {
        return hazelcast.getMap(LEASES);
    }
}
