package dev.baton.engine.dispatch;

import com.hazelcast.core.HazelcastJsonValue;
import dev.baton.domain.common.JsonText;
import jakarta.json.JsonObject;

import java.time.Instant;

/**
 * A worker's claim on one delivery of a task, until {@code expiresAt}. Stored in Hazelcast as JSON so
 * that expiry and per-actor counts can be queried with predicates on {@code expiresAt} and {@code actor}.
 */
public record Lease(String taskId, String processId, String actor, int attempt, String nonce, String workerId,
                    String node, Instant leasedAt, Instant expiresAt, int timeoutSeconds) {

    public boolean matches(Token token) {
        return attempt == token.attempt() && nonce.equals(token.nonce());
    }

    public Lease extendedTo(Instant newExpiry) {
        return new Lease(taskId, processId, actor, attempt, nonce, workerId, node, leasedAt, newExpiry, timeoutSeconds);
    }

    public HazelcastJsonValue toJson() {
        return new HazelcastJsonValue(JsonText.write(JsonText.JSON.createObjectBuilder()
                .add("taskId", taskId)
                .add("processId", processId)
                .add("actor", actor)
                .add("attempt", attempt)
                .add("nonce", nonce)
                .add("workerId", workerId)
                .add("node", node)
                .add("leasedAt", leasedAt.toEpochMilli())
                .add("expiresAt", expiresAt.toEpochMilli())
                .add("timeoutSeconds", timeoutSeconds)
                .build()));
    }

    public static Lease fromJson(HazelcastJsonValue value) {
        JsonObject json = JsonText.parse(value.getValue()).asJsonObject();
        return new Lease(json.getString("taskId"), json.getString("processId"), json.getString("actor"),
                json.getInt("attempt"), json.getString("nonce"), json.getString("workerId"), json.getString("node"),
                Instant.ofEpochMilli(json.getJsonNumber("leasedAt").longValue()),
                Instant.ofEpochMilli(json.getJsonNumber("expiresAt").longValue()), json.getInt("timeoutSeconds"));
    }
}
