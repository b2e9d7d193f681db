package dev.baton.domain.common;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A JSON object read field by field: a REST request body, or the body of a JMS message, which share their wire
 * forms. Each accessor checks the type and says which field is wrong; {@link #allowOnly} refuses fields the API
 * does not know, so typos do not pass silently.
 */
public final class Fields {

    private final JsonObject json;
    private final String path;

    public Fields(JsonObject json, String path) {
        this.json = json;
        this.path = path;
    }

    public Fields allowOnly(String... names) {
        Set<String> known = Set.of(names);
        for (String key : json.keySet()) {
            if (!known.contains(key)) {
                throw new InvalidInputException("unknown-field", "Unknown field '" + path + key + "'.");
            }
        }
        return this;
    }

    /** The field is present, even if it is JSON null. */
    public boolean contains(String name) {
        return json.containsKey(name);
    }

    public boolean has(String name) {
        return json.containsKey(name) && json.get(name) != JsonValue.NULL;
    }

    public String requiredString(String name) {
        String value = string(name);
        if (value == null) {
            throw new InvalidInputException("missing-field", "Field '" + path + name + "' is required.");
        }
        return value;
    }

    public String string(String name) {
        if (!has(name)) {
            return null;
        }
        if (json.get(name) instanceof JsonString s) {
            return s.getString();
        }
        throw wrongType(name, "a string");
    }

    public Integer integer(String name) {
        if (!has(name)) {
            return null;
        }
        if (json.get(name) instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                throw wrongType(name, "an integer in range");
            }
        }
        throw wrongType(name, "an integer");
    }

    public Double number(String name) {
        if (!has(name)) {
            return null;
        }
        if (json.get(name) instanceof JsonNumber n) {
            return n.doubleValue();
        }
        throw wrongType(name, "a number");
    }

    public boolean bool(String name, boolean fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonValue value = json.get(name);
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value == JsonValue.FALSE) {
            return false;
        }
        throw wrongType(name, "true or false");
    }

    /** An ISO-8601 instant, e.g. {@code 2026-03-14T09:00:00Z}. */
    public java.time.Instant instant(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            return java.time.Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw wrongType(name, "an ISO-8601 instant such as 2026-03-14T09:00:00Z");
        }
    }

    /** Any JSON value; a missing field reads as JSON null. */
    public JsonValue value(String name) {
        return json.containsKey(name) ? json.get(name) : JsonValue.NULL;
    }

    public JsonArray array(String name) {
        if (!has(name)) {
            return null;
        }
        if (json.get(name) instanceof JsonArray a) {
            return a;
        }
        throw wrongType(name, "an array");
    }

    public Fields object(String name) {
        if (!has(name)) {
            return null;
        }
        if (json.get(name) instanceof JsonObject o) {
            return new Fields(o, path + name + ".");
        }
        throw wrongType(name, "an object");
    }

    /** The elements of an array field, each of which must be an object. */
    public List<Fields> objects(String name) {
        JsonArray array = array(name);
        List<Fields> result = new ArrayList<>();
        if (array == null) {
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject o)) {
                throw new InvalidInputException("invalid-field", "Field '" + path + name + "[" + i + "]' must be an object.");
            }
            result.add(new Fields(o, path + name + "[" + i + "]."));
        }
        return result;
    }

    private InvalidInputException wrongType(String name, String expected) {
        return new InvalidInputException("invalid-field", "Field '" + path + name + "' must be " + expected + ".");
    }
}
