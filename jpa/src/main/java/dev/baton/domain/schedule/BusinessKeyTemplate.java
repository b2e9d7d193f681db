package dev.baton.domain.schedule;

import dev.baton.domain.common.InvalidInputException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The business key of the processes a schedule starts, e.g. {@code nightly-report-{date}}. Placeholders:
 * {@code {schedule}} (the schedule's name), {@code {tick}} (the tick as a UTC instant, e.g.
 * {@code 2026-03-14T02:00:00Z}), {@code {date}} ({@code 2026-03-14}) and {@code {datetime}}
 * ({@code 2026-03-14T03:00:00}), the last two in the schedule's zone. Because a business key makes a start
 * effectively-once, a key per tick also makes a manual trigger and a tick of the same day start one process.
 */
public final class BusinessKeyTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    /** The longest text a placeholder can expand to, for the length check at creation. */
    private static final Instant WIDEST_TICK = Instant.parse("2999-12-31T23:59:59.999Z");

    private final String template;

    private BusinessKeyTemplate(String template) {
        this.template = template;
    }

    /** Checks the placeholders and that the widest expansion fits a business key (200 characters). */
    public static BusinessKeyTemplate parse(String template, String scheduleName) {
        if (template.isBlank()) {
            throw new InvalidInputException("invalid-field", "Field 'businessKeyTemplate' must not be blank.");
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!name.equals("schedule") && !name.equals("tick") && !name.equals("date") && !name.equals("datetime")) {
                throw new InvalidInputException("invalid-field", "Field 'businessKeyTemplate' has the unknown placeholder {"
                        + name + "}; known: {schedule} {tick} {date} {datetime}.");
            }
        }
        BusinessKeyTemplate parsed = new BusinessKeyTemplate(template);
        if (parsed.expand(scheduleName, WIDEST_TICK, ZoneId.of("UTC")).length() > 200) {
            throw new InvalidInputException("invalid-field",
                    "Field 'businessKeyTemplate' can expand to more than 200 characters, the limit of a business key.");
        }
        return parsed;
    }

    public String expand(String scheduleName, Instant tick, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(tick, zone);
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder key = new StringBuilder();
        while (matcher.find()) {
            String value = switch (matcher.group(1)) {
                case "schedule" -> scheduleName;
                case "tick" -> tick.toString();
                case "date" -> DATE.format(local);
                default -> DATETIME.format(local);
            };
            matcher.appendReplacement(key, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(key);
        return key.toString();
    }

    public String text() {
        return template;
    }
}
