package dev.baton.engine.operation;

import dev.baton.domain.common.JsonText;
import dev.baton.engine.process.ProcessSearch;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;

/** A bulk operation's filter as stored on its row, so a node taking the run over selects the same processes. */
final class SearchJson {

    private SearchJson() {
    }

    static String write(ProcessSearch search) {
        JsonObjectBuilder json = JsonText.JSON.createObjectBuilder();
        add(json, "state", search.state());
        add(json, "actor", search.actor());
        add(json, "businessKey", search.businessKey());
        add(json, "errorType", search.errorType());
        add(json, "causeActor", search.causeActor());
        add(json, "createdFrom", search.createdFrom());
        add(json, "createdTo", search.createdTo());
        add(json, "endedFrom", search.endedFrom());
        add(json, "endedTo", search.endedTo());
        add(json, "schedule", search.schedule());
        return JsonText.write(json.build());
    }

    static ProcessSearch read(String text) {
        JsonObject json = JsonText.parse(text).asJsonObject();
        return new ProcessSearch(json.getString("state", null), json.getString("actor", null),
                json.getString("businessKey", null), json.getString("errorType", null),
                json.getString("causeActor", null), instant(json, "createdFrom"), instant(json, "createdTo"),
                instant(json, "endedFrom"), instant(json, "endedTo"), null, json.getString("schedule", null));
    }

    private static void add(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }

    private static Instant instant(JsonObject json, String name) {
        String text = json.getString(name, null);
        return text == null ? null : Instant.parse(text);
    }
}
