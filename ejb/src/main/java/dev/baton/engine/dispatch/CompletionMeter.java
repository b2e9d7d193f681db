package dev.baton.engine.dispatch;

import com.hazelcast.aggregation.Aggregators;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.map.IMap;
import com.hazelcast.projection.Projections;
import com.hazelcast.query.Predicate;
import com.hazelcast.query.Predicates;
import dev.baton.domain.common.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Task completions (results and decisions) per node and actor over the last minute, computed in the
 * cluster. Each node counts its completions per second in memory and writes every finished second to the
 * Hazelcast map {@code baton.completions} as one small JSON entry per (node, actor, second) that expires by
 * itself. Readers ask the cluster: Hazelcast runs the sum over the last sixty seconds on the members that
 * own the entries ({@code aggregate}, {@code project}) and returns only the result. A node that died keeps
 * its last minute visible and fades to zero, and any node can answer for all. The figures are for display;
 * the last second or two of a node that crashed are lost.
 */
@ApplicationScoped
public class CompletionMeter {

    public static final String COMPLETIONS = "baton.completions";
    /** Entries live a little longer than the window they are summed over. */
    public static final int KEEP_SECONDS = 120;
    private static final int WINDOW_SECONDS = 60;

    @Inject
    HazelcastInstance hazelcast;

    @Inject
    NodeIdentity node;

    @Inject
    Clock clock;

    /** second -> actor -> count, for seconds not yet written to the cluster. */
    private final ConcurrentSkipListMap<Long, Map<String, LongAdder>> pending = new ConcurrentSkipListMap<>();

    /** One task of {@code actor} was completed through this node. */
    public void completed(String actor) {
        long second = clock.millis() / 1000;
        pending.computeIfAbsent(second, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(actor, a -> new LongAdder()).increment();
    }

    /**
     * Writes every second that is over (and one more, so no completion is still counting into it) to the
     * cluster. A second that cannot be written is kept and tried again while it is inside the window.
     */
    public void flush() {
        long now = clock.millis() / 1000;
        Iterator<Map.Entry<Long, Map<String, LongAdder>>> seconds = pending.headMap(now - 1).entrySet().iterator();
        while (seconds.hasNext()) {
            Map.Entry<Long, Map<String, LongAdder>> entry = seconds.next();
            if (entry.getKey() > now - WINDOW_SECONDS) {
                entry.getValue().forEach((actor, count) -> map().set(key(actor, entry.getKey()),
                        new HazelcastJsonValue(JsonText.write(JsonText.JSON.createObjectBuilder()
                                .add("node", node.name()).add("actor", actor).add("second", entry.getKey())
                                .add("count", count.sum()).build()))));
            }
            seconds.remove();
        }
    }

    /** Completions per actor in the last minute, summed over all nodes. */
    public Map<String, Long> lastMinuteByActor() {
        Map<String, Long> sums = new HashMap<>();
        for (Object[] row : map().project(Projections.multiAttribute("actor", "count"), lastMinute())) {
            sums.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum);
        }
        return sums;
    }

    /** Completions in the last minute per node name, summed over all actors. */
    public Map<String, Long> lastMinuteByNode() {
        Map<String, Long> sums = new HashMap<>();
        for (Object[] row : map().project(Projections.multiAttribute("node", "count"), lastMinute())) {
            sums.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum);
        }
        return sums;
    }

    /** Completions through the node per second, averaged over the last minute. */
    public double perSecondByNode(String nodeName) {
        Long sum = map().aggregate(Aggregators.longSum("count"),
                Predicates.and(Predicates.equal("node", nodeName), lastMinute()));
        return sum == null ? 0 : sum / (double) WINDOW_SECONDS;
    }

    private Predicate<String, HazelcastJsonValue> lastMinute() {
        long now = clock.millis() / 1000;
        return Predicates.greaterEqual("second", now - WINDOW_SECONDS);
    }

    private String key(String actor, long second) {
        return node.name() + "|" + actor + "|" + second;
    }

    private IMap<String, HazelcastJsonValue> map() {
        return hazelcast.getMap(COMPLETIONS);
    }
}
