package dev.baton.domain.common;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.io.StringWriter;

/**
 * JSON payloads are stored as text (CLOB/TEXT). These helpers convert between that text and JSON-P
 * values, so the rest of the domain never handles raw strings.
 */
public final class JsonText {

    /** Looked up once: finding the provider through the service loader on every call is slow. */
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonText() {
    }

    public static JsonValue parse(String text) {
        if (text == null) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            throw new InvalidInputException("malformed-json", "Malformed JSON: " + e.getMessage());
        } catch (JsonException e) {
            throw new InvalidInputException("malformed-json", "Malformed JSON.");
        }
    }

    public static JsonArray parseArray(String text) {
        JsonValue value = parse(text);
        return value == null ? JsonValue.EMPTY_JSON_ARRAY : value.asJsonArray();
    }

    public static String write(JsonValue value) {
        if (value == null) {
            return null;
        }
        StringWriter out = new StringWriter();
        try (JsonWriter writer = JSON.createWriter(out)) {
            writer.write(value);
        }
        return out.toString();
    }
}
