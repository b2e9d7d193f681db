package dev.baton.domain.decision;

import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.JsonText;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Promise placeholders inside JSON values. {@code {"$promise": "x"}} stands for the value of task x;
 * {@code {"$promises": ["x", "y"]}} for the array of their values. The keys {@code $promise} and
 * {@code $promises} are reserved: an object holding one of them must hold nothing else.
 */
public final class Promises {

    public static final String PROMISE = "$promise";
    public static final String PROMISES = "$promises";
    public static final String ERROR = "$error";

    private Promises() {
    }

    /** Every task reference in the value, in order of appearance, without duplicates. */
    public static Set<String> references(JsonValue value) {
        Set<String> refs = new LinkedHashSet<>();
        collect(value, refs);
        return refs;
    }

    private static void collect(JsonValue value, Set<String> refs) {
        if (value == null) {
            return;
        }
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObject object = value.asJsonObject();
                if (isPromise(object)) {
                    refs.addAll(promiseRefs(object));
                } else {
                    object.values().forEach(v -> collect(v, refs));
                }
            }
            case ARRAY -> value.asJsonArray().forEach(v -> collect(v, refs));
            default -> {
            }
        }
    }

    /** Replaces each reference by {@code rename.apply(ref)}. */
    public static JsonValue renameReferences(JsonValue value, UnaryOperator<String> rename) {
        return map(value, object -> {
            JsonObjectBuilder builder = JsonText.JSON.createObjectBuilder();
            if (object.containsKey(PROMISE)) {
                builder.add(PROMISE, rename.apply(object.getString(PROMISE)));
            } else {
                JsonArrayBuilder ids = JsonText.JSON.createArrayBuilder();
                listRefs(object).forEach(ref -> ids.add(rename.apply(ref)));
                builder.add(PROMISES, ids);
            }
            return builder.build();
        });
    }

    /** Replaces each promise by the value it stands for; every referenced id must be in {@code values}. */
    public static JsonValue substitute(JsonValue value, Map<String, JsonValue> values) {
        return map(value, object -> {
            if (object.containsKey(PROMISE)) {
                return valueOf(values, object.getString(PROMISE));
            }
            JsonArrayBuilder array = JsonText.JSON.createArrayBuilder();
            listRefs(object).forEach(ref -> array.add(valueOf(values, ref)));
            return array.build();
        });
    }

    private static JsonValue valueOf(Map<String, JsonValue> values, String id) {
        JsonValue resolved = values.get(id);
        if (resolved == null) {
            throw new IllegalStateException("Promise " + id + " is not resolved");
        }
        return resolved;
    }

    private static JsonValue map(JsonValue value, java.util.function.Function<JsonObject, JsonValue> onPromise) {
        if (value == null) {
            return null;
        }
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObject object = value.asJsonObject();
                if (isPromise(object)) {
                    return onPromise.apply(object);
                }
                JsonObjectBuilder builder = JsonText.JSON.createObjectBuilder();
                object.forEach((k, v) -> builder.add(k, map(v, onPromise)));
                return builder.build();
            }
            case ARRAY -> {
                JsonArrayBuilder builder = JsonText.JSON.createArrayBuilder();
                value.asJsonArray().forEach(v -> builder.add(map(v, onPromise)));
                return builder.build();
            }
            default -> {
                return value;
            }
        }
    }

    private static boolean isPromise(JsonObject object) {
        boolean single = object.containsKey(PROMISE);
        boolean list = object.containsKey(PROMISES);
        if (!single && !list) {
            return false;
        }
        if (object.size() != 1) {
            throw new InvalidInputException("invalid-promise",
                    "A promise object must hold only \"$promise\" or only \"$promises\".");
        }
        return true;
    }

    /** The refs of a {@code $promises} list in order, repeats included: a list may name a task twice. */
    private static List<String> listRefs(JsonObject object) {
        promiseRefs(object);
        return object.getJsonArray(PROMISES).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static Set<String> promiseRefs(JsonObject object) {
        Set<String> refs = new LinkedHashSet<>();
        if (object.containsKey(PROMISE)) {
            JsonValue ref = object.get(PROMISE);
            if (!(ref instanceof JsonString s) || s.getString().isBlank()) {
                throw new InvalidInputException("invalid-promise", "\"$promise\" must name a task ref or id.");
            }
            refs.add(s.getString());
            return refs;
        }
        JsonValue list = object.get(PROMISES);
        if (!(list instanceof JsonArray array)) {
            throw new InvalidInputException("invalid-promise", "\"$promises\" must be an array of task refs or ids.");
        }
        for (JsonValue item : array) {
            if (!(item instanceof JsonString s) || s.getString().isBlank()) {
                throw new InvalidInputException("invalid-promise", "\"$promises\" must hold only task refs or ids.");
            }
            refs.add(s.getString());
        }
        return refs;
    }

    /** The value handed to a task that accepts failures in place of a failed promise's value. */
    public static JsonValue errorValue(JsonObject error) {
        return JsonText.JSON.createObjectBuilder().add(ERROR, error).build();
    }
}
