package dev.baton.console.format;

import dev.baton.domain.common.InvalidInputException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Instants as operators read and type them: in the console's time zone (system property or environment
 * variable {@code baton.console.zone} / {@code BATON_CONSOLE_ZONE}, else the server's zone), always written
 * with the zone, e.g. {@code 2026-12-02 13:25:28 UTC}. Typed times ({@code 2026-12-02T13:25}, as a browser's
 * date-time field sends them) are read in the same zone.
 */
public final class Times {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Times() {
    }

    public static ZoneId zone() {
        String configured = System.getProperty("baton.console.zone", System.getenv("BATON_CONSOLE_ZONE"));
        return configured == null || configured.isBlank() ? ZoneId.systemDefault() : ZoneId.of(configured);
    }

    public static String show(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(zone()));
    }

    /** The value of a date-time input field for the instant. */
    public static String field(Instant instant) {
        return instant == null ? null : FIELD.format(instant.atZone(zone()));
    }

    /** Reads a date-time field ({@code yyyy-MM-ddTHH:mm}, seconds allowed); blank is null. */
    public static Instant parse(String field, String name) {
        if (field == null || field.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(field.trim()).atZone(zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid-filter", name + " must be a date and time like 2026-12-02T13:25.");
        }
    }

    /** "3 min ago" style age of an instant relative to {@code now}. */
    public static String ago(Instant instant, Instant now) {
        if (instant == null) {
            return "";
        }
        Duration age = Duration.between(instant, now);
        return age.isNegative() ? "in " + dev.baton.engine.diagnosis.Durations.words(age.negated())
                : dev.baton.engine.diagnosis.Durations.words(age) + " ago";
    }

    public static String zoneName() {
        String id = zone().normalized().getId();
        return "Z".equals(id) || "Etc/UTC".equals(id) ? "UTC" : id;
    }
}
