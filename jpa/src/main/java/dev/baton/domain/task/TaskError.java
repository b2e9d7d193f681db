package dev.baton.domain.task;

import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.JsonText;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * Why an attempt or a task failed. {@code type} is machine-readable (e.g. {@code timeout},
 * {@code dependency-failed}, or whatever the worker reported); {@code details} usually holds a stack trace.
 */
public record TaskError(String type, String message, String details, boolean retryable, String taskId) {

    public static final String TIMEOUT = "timeout";

    public TaskError {
        if (type == null || type.isBlank()) {
            throw new InvalidInputException("invalid-error", "error.type is required.");
        }
        if (type.length() > 200) {
            throw new InvalidInputException("invalid-error", "error.type must be at most 200 characters.");
        }
        message = cut(message == null ? "" : message, MESSAGE_LIMIT);
        details = details == null ? null : cut(details, DETAILS_LIMIT);
    }

    /** Messages and details (stack traces) are cut to these lengths; the start of a trace is what matters. */
    static final int MESSAGE_LIMIT = 4_000;
    static final int DETAILS_LIMIT = 65_536;

    private static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit) + "\n[cut at " + limit + " characters]";
    }

    public static TaskError timeout(String message) {
        return new TaskError(TIMEOUT, message, null, true, null);
    }

    public TaskError withTask(String id) {
        return new TaskError(type, message, details, retryable, id);
    }

    public JsonObject toJson() {
        JsonObjectBuilder builder = JsonText.JSON.createObjectBuilder()
                .add("type", type)
                .add("message", message);
        if (details != null) {
            builder.add("details", details);
        }
        if (taskId != null) {
            builder.add("taskId", taskId);
        }
        return builder.build();
    }

    public String toJsonText() {
        return JsonText.write(toJson());
    }

    public static TaskError fromJsonText(String text) {
        if (text == null) {
            return null;
        }
        JsonObject json = JsonText.parse(text).asJsonObject();
        return new TaskError(json.getString("type"), json.getString("message", ""),
                json.containsKey("details") && json.get("details") != JsonValue.NULL ? json.getString("details") : null,
                false, json.getString("taskId", null));
    }
}
