package dev.baton.web.json;

import dev.baton.domain.common.InvalidInputException;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads query parameters, refusing malformed ones with {@code 400 invalid-filter} that names the parameter. */
public final class Query {

    private Query() {
    }

    public static Integer integer(String name, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("invalid-filter", name + " must be an integer.");
        }
    }

    public static Instant instant(String name, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid-filter",
                    name + " must be an ISO-8601 instant such as 2026-03-14T09:00:00Z.");
        }
    }

    /** A required instant. */
    public static Instant requiredInstant(String name, String text) {
        if (text == null) {
            throw new InvalidInputException("invalid-filter", name + " is required.");
        }
        return instant(name, text);
    }
}
