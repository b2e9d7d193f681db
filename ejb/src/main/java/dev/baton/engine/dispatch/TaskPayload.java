package dev.baton.engine.dispatch;

import dev.baton.domain.common.JsonText;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.Instant;

/**
 * What a ready task carries while it waits in a queue: everything a poll must hand out, with its
 * promises already replaced by values. Stored in Hazelcast as JSON text, never Java-serialized.
 */
public record TaskPayload(String id, String processId, String actor, String type, String method, JsonValue args,
                          int attempt, int timeoutSeconds, Instant readyAt) {

    public String toJsonText() {
        JsonObjectBuilder json = JsonText.JSON.createObjectBuilder()
                .add("id", id)
                .add("processId", processId)
                .add("actor", actor)
                .add("type", type)
                .add("args", args)
                .add("attempt", attempt)
                .add("timeoutSeconds", timeoutSeconds)
                .add("readyAt", readyAt.toEpochMilli());
        if (method != null) {
            json.add("method", method);
        }
        return JsonText.write(json.build());
    }

    public static TaskPayload fromJsonText(String text) {
        JsonObject json = JsonText.parse(text).asJsonObject();
        return new TaskPayload(json.getString("id"), json.getString("processId"), json.getString("actor"),
                json.getString("type"), json.getString("method", null), json.get("args"), json.getInt("attempt"),
                json.getInt("timeoutSeconds"), Instant.ofEpochMilli(json.getJsonNumber("readyAt").longValue()));
    }
}
