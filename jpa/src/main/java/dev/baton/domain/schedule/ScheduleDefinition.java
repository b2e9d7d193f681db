package dev.baton.domain.schedule;

import dev.baton.domain.common.ActorName;
import dev.baton.domain.common.InvalidInputException;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * What an operator says a schedule is: when (cron expression and zone), what it starts (actor, arguments as
 * JSON text, optional business-key template) and how it behaves (overlap, catch-up, auto-pause). The
 * constructor checks every part and refuses with a problem type naming the field.
 */
public record ScheduleDefinition(String description, String cron, String timeZone, String actor, String argsJson,
                                 String businessKeyTemplate, OverlapPolicy overlapPolicy, int maxRunning,
                                 CatchUpPolicy catchUp, int maxFailures) {

    public static final int MAX_RUNNING_LIMIT = 10_000;
    public static final int MAX_FAILURES_LIMIT = 1_000;

    public ScheduleDefinition {
        if (description != null && description.length() > 1000) {
            throw new InvalidInputException("invalid-field", "Field 'description' is longer than 1000 characters.");
        }
        if (cron == null) {
            throw new InvalidInputException("missing-field", "Field 'cron' is required.");
        }
        cron = CronExpression.parse(cron).text();
        timeZone = timeZone == null ? "UTC" : timeZone;
        zone(timeZone);
        if (actor == null) {
            throw new InvalidInputException("missing-field", "Field 'actor' is required.");
        }
        actor = ActorName.canonical(actor);
        argsJson = argsJson == null ? "[]" : argsJson;
        overlapPolicy = overlapPolicy == null ? OverlapPolicy.SKIP : overlapPolicy;
        catchUp = catchUp == null ? CatchUpPolicy.SKIP : catchUp;
        if (maxRunning < 1 || maxRunning > MAX_RUNNING_LIMIT) {
            throw new InvalidInputException("invalid-field", "Field 'maxRunning' must be between 1 and " + MAX_RUNNING_LIMIT + ".");
        }
        if (maxFailures < 0 || maxFailures > MAX_FAILURES_LIMIT) {
            throw new InvalidInputException("invalid-field",
                    "Field 'maxFailures' must be between 0 (never pause) and " + MAX_FAILURES_LIMIT + ".");
        }
    }

    public CronExpression cronExpression() {
        return CronExpression.parse(cron);
    }

    public ZoneId zone() {
        return zone(timeZone);
    }

    private static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new InvalidInputException("invalid-time-zone", "Field 'timeZone': '" + timeZone
                    + "' is not a time zone; use a region id such as Europe/Berlin or America/New_York, or UTC.");
        }
    }
}
