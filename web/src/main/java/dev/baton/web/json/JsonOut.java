package dev.baton.web.json;

import dev.baton.domain.common.JsonText;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.Instant;

/** Small helpers for writing DTOs: nulls are written as JSON null, so every documented field is present. */
public final class JsonOut {

    private JsonOut() {
    }

    public static JsonObjectBuilder object() {
        return JsonText.JSON.createObjectBuilder();
    }

    public static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : JsonText.JSON.createValue(value);
    }

    public static JsonValue time(Instant value) {
        return value == null ? JsonValue.NULL : JsonText.JSON.createValue(value.toString());
    }

    public static JsonValue json(JsonValue value) {
        return value == null ? JsonValue.NULL : value;
    }

    public static JsonValue number(Long value) {
        return value == null ? JsonValue.NULL : JsonText.JSON.createValue(value);
    }
}
