package dev.baton.domain.schedule;

import dev.baton.domain.common.InvalidInputException;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * One field of a cron expression (second, minute, hour, day of month, month or day of week) parsed into the
 * set of values it matches. The syntax is Unix cron's: {@code *}, a value, a range {@code a-b}, a step
 * {@code * /n}, {@code a-b/n} or {@code a/n} (from a to the end of the range), and comma-separated lists of
 * those; months and days of the week also take their English three-letter names. Every refusal names the
 * field, so the API can say which part of an expression is wrong.
 */
final class CronField {

    enum Kind {
        SECOND("second", 0, 59, List.of()),
        MINUTE("minute", 0, 59, List.of()),
        HOUR("hour", 0, 23, List.of()),
        DAY_OF_MONTH("day-of-month", 1, 31, List.of()),
        MONTH("month", 1, 12, List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")),
        /** 0 and 7 are both Sunday, as in Unix cron. */
        DAY_OF_WEEK("day-of-week", 0, 7, List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"));

        final String label;
        final int min;
        final int max;
        /** Names of the values from {@code min} upwards (months from 1, days from 0). */
        final List<String> names;

        Kind(String label, int min, int max, List<String> names) {
            this.label = label;
            this.min = min;
            this.max = max;
            this.names = names;
        }
    }

    private final Kind kind;
    private final BitSet values;
    /** The field starts with {@code *} (or is {@code ?}): for the day fields that decides how they combine. */
    private final boolean star;

    private CronField(Kind kind, BitSet values, boolean star) {
        this.kind = kind;
        this.values = values;
        this.star = star;
    }

    static CronField parse(Kind kind, String text) {
        BitSet values = new BitSet(kind.max + 1);
        boolean dayField = kind == Kind.DAY_OF_MONTH || kind == Kind.DAY_OF_WEEK;
        String field = dayField && text.equals("?") ? "*" : text;
        for (String part : field.split(",", -1)) {
            parsePart(kind, part, values);
        }
        if (kind == Kind.DAY_OF_WEEK && values.get(7)) {
            values.clear(7);
            values.set(0);
        }
        return new CronField(kind, values, field.startsWith("*"));
    }

    private static void parsePart(Kind kind, String part, BitSet values) {
        if (part.isEmpty()) {
            throw invalid(kind, "has an empty list element");
        }
        String range = part;
        int step = 1;
        int slash = part.indexOf('/');
        if (slash >= 0) {
            range = part.substring(0, slash);
            step = number(kind, part.substring(slash + 1), "step");
            if (step < 1 || step > kind.max) {
                throw invalid(kind, "has step " + step + "; a step must be between 1 and " + kind.max);
            }
        }
        int from;
        int to;
        if (range.equals("*")) {
            from = kind.min;
            to = kind.max;
        } else {
            int dash = range.indexOf('-');
            if (dash > 0) {
                from = value(kind, range.substring(0, dash));
                to = value(kind, range.substring(dash + 1));
                if (to < from) {
                    throw invalid(kind, "has the range " + range + ", which runs backwards");
                }
            } else {
                from = value(kind, range);
                to = slash >= 0 ? kind.max : from;
            }
        }
        for (int v = from; v <= to; v += step) {
            values.set(v);
        }
    }

    private static int value(Kind kind, String text) {
        int index = kind.names.indexOf(text.toUpperCase(Locale.ROOT));
        int value = index >= 0 ? index + (kind == Kind.MONTH ? 1 : 0) : number(kind, text, "value");
        if (value < kind.min || value > kind.max) {
            throw invalid(kind, "has " + text + ", outside " + kind.min + "-" + kind.max);
        }
        return value;
    }

    private static int number(Kind kind, String text, String what) {
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
            throw invalid(kind, "has '" + text + "' where a " + what + " is expected"
                    + (kind.names.isEmpty() ? "" : " (a number or a name such as " + kind.names.get(1) + ")")
                    + "; supported: * a a-b */n a-b/n a/n and lists");
        }
        return Integer.parseInt(text);
    }

    static InvalidInputException invalid(Kind kind, String problem) {
        return new InvalidInputException("invalid-cron", "Cron field '" + kind.label + "' " + problem + ".");
    }

    boolean matches(int value) {
        return values.get(value);
    }

    /** The smallest matching value at or above {@code from}, or -1. */
    int next(int from) {
        return values.nextSetBit(from);
    }

    int first() {
        return values.nextSetBit(0);
    }

    boolean isStar() {
        return star;
    }

    Kind kind() {
        return kind;
    }
}
