package dev.baton.engine.dispatch;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.map.IMap;
import dev.baton.domain.common.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which actors exist and when each last polled, cluster-wide. A node writes an actor's entry at most
 * once a second, so busy polling does not turn into a stream of map writes.
 */
@ApplicationScoped
public class ActorActivity {

    static final String ACTORS = "baton.actors";
    private static final Duration WRITE_INTERVAL = Duration.ofSeconds(1);

    @Inject
    HazelcastInstance hazelcast;

    private final Map<String, Instant> lastWritten = new ConcurrentHashMap<>();

    public void polled(String actor, String workerId, Instant now) {
        Instant last = lastWritten.get(actor);
        if (last != null && Duration.between(last, now).compareTo(WRITE_INTERVAL) < 0) {
            return;
        }
        lastWritten.put(actor, now);
        map().set(actor, entry(now, workerId));
    }

    /** Makes an actor known before anyone polls for it, e.g. when its first task is queued. */
    public void known(String actor) {
        if (!lastWritten.containsKey(actor)) {
            map().putIfAbsent(actor, entry(null, null));
        }
    }

    /** Every known actor with the time of its last poll (null if never polled). */
    public Map<String, Instant> lastPolls() {
        Map<String, Instant> result = new TreeMap<>();
        map().forEach((actor, value) -> {
            JsonObject json = JsonText.parse(value.getValue()).asJsonObject();
            result.put(actor, json.containsKey("lastPollAt")
                    ? Instant.ofEpochMilli(json.getJsonNumber("lastPollAt").longValue()) : null);
        });
        return result;
    }

    private static HazelcastJsonValue entry(Instant lastPoll, String workerId) {
        var json = JsonText.JSON.createObjectBuilder();
        if (lastPoll != null) {
            json.add("lastPollAt", lastPoll.toEpochMilli()).add("workerId", workerId);
        }
        return new HazelcastJsonValue(JsonText.write(json.build()));
    }

    private IMap<String, HazelcastJsonValue> map() {
        return hazelcast.getMap(ACTORS);
    }
}
