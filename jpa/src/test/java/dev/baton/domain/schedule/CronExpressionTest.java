package dev.baton.domain.schedule;

import dev.baton.domain.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CronExpressionTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Instant next(String cron, String after, ZoneId zone) {
        return CronExpression.parse(cron).next(Instant.parse(after), zone).orElseThrow();
    }

    private static List<Instant> ticks(String cron, String after, ZoneId zone, int count) {
        CronExpression expression = CronExpression.parse(cron);
        List<Instant> ticks = new ArrayList<>();
        Instant t = Instant.parse(after);
        for (int i = 0; i < count; i++) {
            t = expression.next(t, zone).orElseThrow();
            ticks.add(t);
        }
        return ticks;
    }

    @ParameterizedTest(name = "{0} after {1} fires at {2}")
    @CsvSource({
            "'*/15 * * * *',          2026-03-10T10:07:31Z, 2026-03-10T10:15:00Z",
            "'0 9 * * MON-FRI',       2026-03-13T09:00:00Z, 2026-03-16T09:00:00Z",
            "'30 2 1 * *',            2026-01-31T12:00:00Z, 2026-02-01T02:30:00Z",
            "'0 0 29 2 *',            2026-03-01T00:00:00Z, 2028-02-29T00:00:00Z",
            "'5,10-12 4 * JAN,jun *', 2026-02-01T00:00:00Z, 2026-06-01T04:05:00Z",
            "'10/20 * * * *',         2026-03-10T10:31:00Z, 2026-03-10T10:50:00Z",
            "'*/10 * * * * *',        2026-03-10T10:00:05Z, 2026-03-10T10:00:10Z",
            "'0 0 * * 7',             2026-03-10T00:00:00Z, 2026-03-15T00:00:00Z",
            "'@hourly',               2026-03-10T10:00:00Z, 2026-03-10T11:00:00Z",
            "'@daily',                2026-03-10T10:00:00Z, 2026-03-11T00:00:00Z",
            "'@weekly',               2026-03-10T10:00:00Z, 2026-03-15T00:00:00Z",
            "'@monthly',              2026-03-10T10:00:00Z, 2026-04-01T00:00:00Z",
            "'@yearly',               2026-03-10T10:00:00Z, 2027-01-01T00:00:00Z",
            "'0 0 ? * SAT',           2026-03-10T10:00:00Z, 2026-03-14T00:00:00Z",
    })
    void theNextFireTimeIsTheFirstMatchStrictlyAfterTheGivenInstant(String cron, String after, String expected) {
        assertEquals(Instant.parse(expected), next(cron, after, UTC));
    }

    @Test
    void whenBothDayFieldsAreRestrictedADayMatchesIfEitherDoes() {
        // The 13th of the month or any Friday, as in Vixie cron.
        assertEquals(List.of(Instant.parse("2026-03-06T00:00:00Z"), Instant.parse("2026-03-13T00:00:00Z"),
                        Instant.parse("2026-03-20T00:00:00Z")),
                ticks("0 0 13 * FRI", "2026-03-01T00:00:00Z", UTC, 3));
        // A step starting with * counts as unrestricted: both must match (odd days that are Mondays).
        assertEquals(Instant.parse("2026-03-09T00:00:00Z"), next("0 0 */2 * MON", "2026-03-01T00:00:00Z", UTC));
    }

    @Test
    void fireTimesAreWallClockTimesInTheSchedulesZone() {
        assertEquals(Instant.parse("2026-01-15T08:00:00Z"), next("0 9 * * *", "2026-01-15T00:00:00Z", BERLIN));
        assertEquals(Instant.parse("2026-07-15T07:00:00Z"), next("0 9 * * *", "2026-07-15T00:00:00Z", BERLIN));
        assertEquals(Instant.parse("2026-07-15T13:00:00Z"), next("0 9 * * *", "2026-07-15T00:00:00Z", NEW_YORK));
    }

    @Test
    void onSpringForwardALocalTimeThatDoesNotExistFiresOnceAtTheEndOfTheGap() {
        // Berlin, 2026-03-29: 02:00 CET jumps to 03:00 CEST (01:00Z). A daily 02:30 job runs at 03:00 that day.
        assertEquals(List.of(Instant.parse("2026-03-28T01:30:00Z"), Instant.parse("2026-03-29T01:00:00Z"),
                        Instant.parse("2026-03-30T00:30:00Z")),
                ticks("30 2 * * *", "2026-03-27T12:00:00Z", BERLIN, 3));
        // Every 30 minutes: 01:30 CET, then the gap collapses into one fire at 03:00 CEST, then 03:30.
        assertEquals(List.of(Instant.parse("2026-03-29T00:30:00Z"), Instant.parse("2026-03-29T01:00:00Z"),
                        Instant.parse("2026-03-29T01:30:00Z")),
                ticks("*/30 * * * *", "2026-03-29T00:15:00Z", BERLIN, 3));
        // New York, 2026-03-08: 02:00 EST jumps to 03:00 EDT (07:00Z).
        assertEquals(Instant.parse("2026-03-08T07:00:00Z"), next("15 2 * * *", "2026-03-08T05:00:00Z", NEW_YORK));
    }

    @Test
    void onFallBackARepeatedLocalTimeFiresOnlyAtItsFirstOccurrence() {
        // Berlin, 2026-10-25: 03:00 CEST goes back to 02:00 CET; 02:30 happens at 00:30Z and again at 01:30Z.
        assertEquals(List.of(Instant.parse("2026-10-24T00:30:00Z"), Instant.parse("2026-10-25T00:30:00Z"),
                        Instant.parse("2026-10-26T01:30:00Z")),
                ticks("30 2 * * *", "2026-10-23T12:00:00Z", BERLIN, 3));
        // Hourly: 02:00 CEST (00:00Z), the repeated hour is skipped, then 03:00 CET (02:00Z) — two hours later.
        assertEquals(List.of(Instant.parse("2026-10-25T00:00:00Z"), Instant.parse("2026-10-25T02:00:00Z")),
                ticks("0 * * * *", "2026-10-24T23:30:00Z", BERLIN, 2));
        // Starting inside the repeated hour (02:10 CET = 01:10Z), 02:30 has already had its first occurrence.
        assertEquals(Instant.parse("2026-10-26T01:30:00Z"), next("30 2 * * *", "2026-10-25T01:10:00Z", BERLIN));
        // New York, 2026-11-01: 01:30 EDT (05:30Z) fires, 01:30 EST (06:30Z) does not.
        assertEquals(List.of(Instant.parse("2026-11-01T05:30:00Z"), Instant.parse("2026-11-02T06:30:00Z")),
                ticks("30 1 * * *", "2026-10-31T12:00:00Z", NEW_YORK, 2));
    }

    @Test
    void theLatestTickBeforeAnInstantIsFoundWithoutWalkingEveryMissedTick() {
        CronExpression everySecond = CronExpression.parse("* * * * * *");
        assertEquals(Instant.parse("2026-03-10T10:00:00Z"), everySecond.latest(Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-03-10T10:00:00.500Z"), UTC).orElseThrow());
        CronExpression daily = CronExpression.parse("0 3 * * *");
        assertEquals(Instant.parse("2026-03-10T03:00:00Z"), daily.latest(Instant.parse("2026-01-01T03:00:00Z"),
                Instant.parse("2026-03-10T10:00:00Z"), UTC).orElseThrow());
        assertTrue(daily.latest(Instant.parse("2026-03-10T04:00:00Z"), Instant.parse("2026-03-10T10:00:00Z"), UTC).isEmpty(),
                "no tick between 04:00 and 10:00");
        CronExpression yearly = CronExpression.parse("@yearly");
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), yearly.latest(Instant.parse("2020-06-01T00:00:00Z"),
                Instant.parse("2026-03-10T10:00:00Z"), UTC).orElseThrow());
    }

    @Test
    void anExpressionThatNeverMatchesHasNoNextFireTime() {
        assertTrue(CronExpression.parse("0 0 30 2 *").next(Instant.parse("2026-01-01T00:00:00Z"), UTC).isEmpty());
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "''                 | The cron expression is empty.",
            "* * * *            | A cron expression has 5 fields",
            "* * * * * * *      | A cron expression has 5 fields",
            "60 * * * *         | Cron field 'minute' has 60, outside 0-59.",
            "* 24 * * *         | Cron field 'hour' has 24, outside 0-23.",
            "* * 0 * *          | Cron field 'day-of-month' has 0, outside 1-31.",
            "* * * 13 *         | Cron field 'month' has 13, outside 1-12.",
            "* * * FOO *        | Cron field 'month' has 'FOO' where a value is expected",
            "* * * * 8          | Cron field 'day-of-week' has 8, outside 0-7.",
            "* * * * MON-XYZ    | Cron field 'day-of-week' has 'XYZ'",
            "*/0 * * * *        | Cron field 'minute' has step 0",
            "5-1 * * * *        | Cron field 'minute' has the range 5-1, which runs backwards.",
            "1,,2 * * * *       | Cron field 'minute' has an empty list element.",
            "61 * * * * *       | Cron field 'second' has 61, outside 0-59.",
            "* * L * *          | Cron field 'day-of-month' has 'L'",
            "? * * * *          | Cron field 'minute' has '?'",
            "@reboot            | Unknown cron macro '@reboot'",
    })
    void aMalformedExpressionIsRefusedNamingTheBadField(String cron, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CronExpression.parse(cron));
        assertEquals("invalid-cron", e.problemType());
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }
}
