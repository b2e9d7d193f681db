package dev.baton.engine.dispatch;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import dev.baton.domain.common.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts task completions (results and decisions) per actor on this node over the last minute, in
 * one-second buckets, and publishes this node's counts to Hazelcast every few seconds, so any node can
 * answer "completions per minute" for an actor or for a node cluster-wide without a database query. The
 * count is for speed and display only; it may miss the last few seconds of a node that died.
 */
@ApplicationScoped
public class CompletionMeter {

    static final String COMPLETIONS = "baton.completions";
    private static final int WINDOW_SECONDS = 60;
    private static final Duration PUBLISH_EVERY = Duration.ofSeconds(5);
    /** A node's published counts older than this are from a node that stopped counting (or stopped). */
    private static final Duration FRESH = Duration.ofSeconds(20);

    @Inject
    HazelcastInstance hazelcast;

    @Inject
    NodeIdentity node;

    @Inject
    Clock clock;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong lastPublished = new AtomicLong();

    /** One task of {@code actor} was completed through this node. */
    public void completed(String actor) {
        long second = clock.millis() / 1000;
        windows.computeIfAbsent(actor, a -> new Window()).add(second);
        publishIfDue(second * 1000);
    }

    /** Completions per actor in the last minute, summed over every node whose counts are fresh. */
    public Map<String, Long> lastMinuteByActor() {
        Map<String, Long> sums = new HashMap<>();
        for (JsonObject published : freshCounts().values()) {
            published.getJsonObject("actors").forEach((actor, count) ->
                    sums.merge(actor, ((jakarta.json.JsonNumber) count).longValue(), Long::sum));
        }
        return sums;
    }

    /** Completions in the last minute per node name (nodes whose counts are fresh). */
    public Map<String, Long> lastMinuteByNode() {
        Map<String, Long> byNode = new HashMap<>();
        freshCounts().forEach((name, published) -> byNode.put(name, published.getJsonNumber("total").longValue()));
        return byNode;
    }

    /** Publishes this node's counts now (also done every few seconds while completions happen). */
    public void publish() {
        long now = clock.millis();
        lastPublished.set(now);
        long second = now / 1000;
        JsonObjectBuilder actors = JsonText.JSON.createObjectBuilder();
        long total = 0;
        for (Map.Entry<String, Window> entry : windows.entrySet()) {
            long count = entry.getValue().sum(second);
            if (count > 0) {
                actors.add(entry.getKey(), count);
                total += count;
            }
        }
        JsonObject counts = JsonText.JSON.createObjectBuilder().add("at", now).add("total", total).add("actors", actors)
                .build();
        map().set(node.name(), JsonText.write(counts));
    }

    private void publishIfDue(long nowMillis) {
        long last = lastPublished.get();
        if (nowMillis - last >= PUBLISH_EVERY.toMillis() && lastPublished.compareAndSet(last, nowMillis)) {
            publish();
        }
    }

    private Map<String, JsonObject> freshCounts() {
        Instant oldest = clock.instant().minus(FRESH);
        Map<String, JsonObject> fresh = new HashMap<>();
        map().forEach((name, text) -> {
            JsonValue value = JsonText.parse(text);
            JsonObject counts = value.asJsonObject();
            if (Instant.ofEpochMilli(counts.getJsonNumber("at").longValue()).isAfter(oldest)) {
                fresh.put(name, counts);
            }
        });
        return fresh;
    }

    private IMap<String, String> map() {
        return hazelcast.getMap(COMPLETIONS);
    }

    /** Counts per second in a ring of sixty buckets; a bucket is reset when its second comes round again. */
    private static final class Window {
        private final AtomicLongArray counts = new AtomicLongArray(WINDOW_SECONDS);
        private final AtomicLongArray seconds = new AtomicLongArray(WINDOW_SECONDS);

        void add(long second) {
            int slot = (int) (second % WINDOW_SECONDS);
            long seen = seconds.get(slot);
            if (seen != second && seconds.compareAndSet(slot, seen, second)) {
                counts.set(slot, 0);
            }
            counts.incrementAndGet(slot);
        }

        long sum(long nowSecond) {
            long sum = 0;
            for (int slot = 0; slot < WINDOW_SECONDS; slot++) {
                if (nowSecond - seconds.get(slot) < WINDOW_SECONDS) {
                    sum += counts.get(slot);
                }
            }
            return sum;
        }
    }
}
