package dev.baton.engine.actor;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.replicatedmap.ReplicatedMap;
import dev.baton.domain.actor.ActorSettings;
import dev.baton.domain.common.JsonText;
import dev.baton.domain.decision.RetrySpec;
import dev.baton.engine.dispatch.DispatchGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The operators' actor settings as every node sees them in memory: a Hazelcast replicated map (reads are
 * local) mirrored from {@code baton_actor}. Polls ask it whether an actor is blocked and decisions ask it
 * for an actor's task defaults, so neither touches the database. Changes are published after their commit;
 * {@link ActorDirectoryLoader} rebuilds it at start-up and refreshes it periodically, so a lost update
 * heals within a refresh.
 */
@ApplicationScoped
public class ActorDirectory implements DispatchGate {

    static final String SETTINGS = "baton.actor-settings";

    @Inject
    HazelcastInstance hazelcast;

    @Override
    public boolean isBlocked(String actor) {
        JsonObject settings = settings(actor);
        return settings != null && settings.getBoolean("blocked", false);
    }

    /** The actor has settings, was registered or has polled (it has a row), as far as this node's map knows. */
    public boolean isKnown(String actor) {
        return map().containsKey(actor);
    }

    public ActorDefaults defaultsFor(String actor) {
        JsonObject settings = settings(actor);
        if (settings == null) {
            return ActorDefaults.NONE;
        }
        RetrySpec retry = new RetrySpec(integer(settings, "retryMaxAttempts"), longValue(settings, "retryInitialIntervalMs"),
                settings.containsKey("retryBackoffCoefficient")
                        ? settings.getJsonNumber("retryBackoffCoefficient").doubleValue() : null,
                longValue(settings, "retryMaxIntervalMs"));
        boolean anyRetry = retry.maxAttempts() != null || retry.initialIntervalMs() != null
                || retry.backoffCoefficient() != null || retry.maxIntervalMs() != null;
        return new ActorDefaults(anyRetry ? retry : null, integer(settings, "timeoutSeconds"),
                integer(settings, "scheduleToStartSeconds"));
    }

    /** Every actor with settings, as the map holds them. */
    public Map<String, Snapshot> all() {
        Map<String, Snapshot> all = new HashMap<>();
        map().forEach((actor, text) -> all.put(actor, snapshot(JsonText.parse(text).asJsonObject())));
        return all;
    }

    public void publish(ActorSettings settings) {
        map().put(settings.name(), toJson(settings));
    }

    /** Replaces what the map holds for these actors with the database's rows. */
    public void publishAll(Collection<ActorSettings> rows) {
        Map<String, String> entries = new HashMap<>();
        rows.forEach(row -> entries.put(row.name(), toJson(row)));
        map().putAll(entries);
    }

    /** One actor's settings as the directory shows them. */
    public record Snapshot(boolean blocked, Instant blockedAt, String blockedBy, ActorDefaults defaults) {
    }

    private Snapshot snapshot(JsonObject json) {
        return new Snapshot(json.getBoolean("blocked", false),
                json.containsKey("blockedAt") ? Instant.ofEpochMilli(json.getJsonNumber("blockedAt").longValue()) : null,
                json.getString("blockedBy", null), defaultsFor(json.getString("name")));
    }

    private JsonObject settings(String actor) {
        String text = map().get(actor);
        return text == null ? null : JsonText.parse(text).asJsonObject();
    }

    private static String toJson(ActorSettings s) {
        JsonObjectBuilder json = JsonText.JSON.createObjectBuilder().add("name", s.name()).add("blocked", s.blocked());
        if (s.blockedAt() != null) {
            json.add("blockedAt", s.blockedAt().toEpochMilli());
        }
        if (s.blockedBy() != null) {
            json.add("blockedBy", s.blockedBy());
        }
        RetrySpec retry = s.retry();
        add(json, "retryMaxAttempts", retry.maxAttempts());
        add(json, "retryInitialIntervalMs", retry.initialIntervalMs());
        if (retry.backoffCoefficient() != null) {
            json.add("retryBackoffCoefficient", retry.backoffCoefficient());
        }
        add(json, "retryMaxIntervalMs", retry.maxIntervalMs());
        add(json, "timeoutSeconds", s.timeoutSeconds());
        add(json, "scheduleToStartSeconds", s.scheduleToStartSeconds());
        return JsonText.write(json.build());
    }

    private static void add(JsonObjectBuilder json, String name, Number value) {
        if (value != null) {
            json.add(name, value.longValue());
        }
    }

    private static Integer integer(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonNumber n ? n.intValue() : null;
    }

    private static Long longValue(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonNumber n ? n.longValue() : null;
    }

    private ReplicatedMap<String, String> map() {
        return hazelcast.getReplicatedMap(SETTINGS);
    }
}
