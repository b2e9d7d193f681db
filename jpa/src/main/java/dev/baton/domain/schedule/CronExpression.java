package dev.baton.domain.schedule;

import dev.baton.domain.common.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Unix cron expression: five fields (minute hour day-of-month month day-of-week) or six with a leading
 * seconds field, or one of the macros {@code @yearly @annually @monthly @weekly @daily @midnight @hourly}.
 * Fields take {@code *}, values, ranges, steps, lists and English month and day names (see {@link CronField});
 * {@code ?} is accepted for "any" in the day fields. As in Vixie cron, when both day fields are restricted a
 * day matches if either does; when one of them starts with {@code *} both must match.
 *
 * <p>Written here rather than taken from a library: Baton's modules depend on nothing beyond the platform
 * (no cron library is among the artifacts this project may use, and Quartz's parser would bring the whole
 * scheduler), the grammar is small, and the part that needs care — wall-clock time across daylight-saving
 * changes — is the part where libraries differ most, so it is better owned and tested here.
 *
 * <p>Fire times are wall-clock times in the schedule's zone. A local time that a spring-forward change skips
 * fires once, at the first instant after the gap (a daily 02:30 job runs at 03:00 that day); a local time that
 * a fall-back change repeats fires once, at its first occurrence. Schedules that need fixed intervals through
 * such changes use the {@code UTC} zone.
 */
public final class CronExpression {

    /** Search this far ahead for the next match: enough for February 29 across a century year (8 years). */
    private static final int SEARCH_YEARS = 10;

    private static final Map<String, String> MACROS = Map.of(
            "@yearly", "0 0 1 1 *", "@annually", "0 0 1 1 *", "@monthly", "0 0 1 * *", "@weekly", "0 0 * * 0",
            "@daily", "0 0 * * *", "@midnight", "0 0 * * *", "@hourly", "0 * * * *");

    private final String text;
    private final CronField seconds;
    private final CronField minutes;
    private final CronField hours;
    private final CronField daysOfMonth;
    private final CronField months;
    private final CronField daysOfWeek;

    private CronExpression(String text, List<CronField> fields) {
        this.text = text;
        this.seconds = fields.get(0);
        this.minutes = fields.get(1);
        this.hours = fields.get(2);
        this.daysOfMonth = fields.get(3);
        this.months = fields.get(4);
        this.daysOfWeek = fields.get(5);
    }

    /** Parses the expression, or refuses it with {@code invalid-cron} naming the field that is wrong. */
    public static CronExpression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("invalid-cron", "The cron expression is empty.");
        }
        String trimmed = text.trim();
        String expanded = trimmed;
        if (trimmed.startsWith("@")) {
            expanded = MACROS.get(trimmed.toLowerCase(Locale.ROOT));
            if (expanded == null) {
                throw new InvalidInputException("invalid-cron", "Unknown cron macro '" + trimmed
                        + "'; supported: @yearly @annually @monthly @weekly @daily @midnight @hourly.");
            }
        }
        String[] parts = expanded.split("\\s+");
        if (parts.length != 5 && parts.length != 6) {
            throw new InvalidInputException("invalid-cron", "A cron expression has 5 fields (minute hour "
                    + "day-of-month month day-of-week) or 6 with a leading second; '" + trimmed + "' has "
                    + parts.length + ".");
        }
        int offset = parts.length == 6 ? 1 : 0;
        CronField second = offset == 1 ? CronField.parse(CronField.Kind.SECOND, parts[0])
                : CronField.parse(CronField.Kind.SECOND, "0");
        return new CronExpression(trimmed, List.of(second,
                CronField.parse(CronField.Kind.MINUTE, parts[offset]),
                CronField.parse(CronField.Kind.HOUR, parts[offset + 1]),
                CronField.parse(CronField.Kind.DAY_OF_MONTH, parts[offset + 2]),
                CronField.parse(CronField.Kind.MONTH, parts[offset + 3]),
                CronField.parse(CronField.Kind.DAY_OF_WEEK, parts[offset + 4])));
    }

    /**
     * The first fire time strictly after {@code after}, in {@code zone}; empty when the expression matches no
     * date within ten years (such as February 30).
     */
    public Optional<Instant> next(Instant after, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        LocalDateTime from = LocalDateTime.ofInstant(after, zone).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        int lastYear = from.getYear() + SEARCH_YEARS;
        while (true) {
            Optional<LocalDateTime> local = nextLocal(from, lastYear);
            if (local.isEmpty()) {
                return Optional.empty();
            }
            Instant instant = firstInstantOf(local.get(), rules);
            if (instant.isAfter(after)) {
                return Optional.of(instant);
            }
            // The first occurrence of a repeated local time is already past: that time has fired.
            from = local.get().plusSeconds(1);
        }
    }

    /**
     * The last fire time at or before {@code at} that is not before {@code notBefore}; empty when there is none.
     * Used after downtime to find the most recent of the missed ticks without walking all of them.
     */
    public Optional<Instant> latest(Instant notBefore, Instant at, ZoneId zone) {
        long[] windows = {60, 3_600, 86_400, 35L * 86_400, 400L * 86_400, (SEARCH_YEARS + 1) * 366L * 86_400};
        for (long window : windows) {
            Instant probe = at.minusSeconds(window);
            boolean last = !probe.isAfter(notBefore.minusSeconds(1));
            if (last) {
                probe = notBefore.minusSeconds(1);
            }
            Optional<Instant> tick = next(probe, zone).filter(t -> !t.isAfter(at));
            if (tick.isPresent()) {
                Instant latest = tick.get();
                for (Optional<Instant> n = next(latest, zone); n.isPresent() && !n.get().isAfter(at); n = next(latest, zone)) {
                    latest = n.get();
                }
                return Optional.of(latest);
            }
            if (last) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The next local date-time at or after {@code from} whose fields all match, up to the end of {@code lastYear}. */
    private Optional<LocalDateTime> nextLocal(LocalDateTime from, int lastYear) {
        LocalDateTime t = from;
        while (t.getYear() <= lastYear) {
            if (!months.matches(t.getMonthValue())) {
                t = t.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay();
                continue;
            }
            if (!dayMatches(t.toLocalDate())) {
                t = t.toLocalDate().plusDays(1).atStartOfDay();
                continue;
            }
            int hour = hours.next(t.getHour());
            if (hour < 0) {
                t = t.toLocalDate().plusDays(1).atStartOfDay();
                continue;
            }
            if (hour != t.getHour()) {
                t = t.toLocalDate().atTime(hour, 0);
                continue;
            }
            int minute = minutes.next(t.getMinute());
            if (minute < 0) {
                t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
                continue;
            }
            if (minute != t.getMinute()) {
                t = t.truncatedTo(ChronoUnit.HOURS).withMinute(minute);
                continue;
            }
            int second = seconds.next(t.getSecond());
            if (second < 0) {
                t = t.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
                continue;
            }
            return Optional.of(t.withSecond(second));
        }
        return Optional.empty();
    }

    private boolean dayMatches(LocalDate date) {
        boolean dom = daysOfMonth.matches(date.getDayOfMonth());
        boolean dow = daysOfWeek.matches(date.getDayOfWeek().getValue() % 7);
        if (daysOfMonth.isStar() || daysOfWeek.isStar()) {
            return dom && dow;
        }
        return dom || dow;
    }

    /**
     * The instant of a wall-clock time: its only instant, the earlier of two when a fall-back change repeats it,
     * or the end of the gap when a spring-forward change skips it.
     */
    private static Instant firstInstantOf(LocalDateTime local, ZoneRules rules) {
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(local);
            return gap.getInstant();
        }
        ZoneOffset earliest = offsets.get(0);
        for (ZoneOffset offset : offsets) {
            if (offset.getTotalSeconds() > earliest.getTotalSeconds()) {
                earliest = offset;
            }
        }
        return local.toInstant(earliest);
    }

    /** The expression as written (trimmed). */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
