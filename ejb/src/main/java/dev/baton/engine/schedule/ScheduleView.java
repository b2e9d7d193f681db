package dev.baton.engine.schedule;

import dev.baton.domain.common.JsonText;
import dev.baton.domain.schedule.CronExpression;
import dev.baton.domain.schedule.Schedule;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A schedule as callers see it: its definition, state, the reason it is paused, its next fire times (the next
 * {@value #UPCOMING} while active), how many processes it started are unfinished, and its newest run.
 */
public record ScheduleView(String name, String description, String cron, String timeZone, String actor, JsonValue args,
                           String businessKeyTemplate, String overlapPolicy, int maxRunning, String catchUp,
                           int maxFailures, String state, boolean enabled, int consecutiveFailures, Instant pausedAt,
                           String pausedBy, String pausedReason, Instant nextFireAt, List<Instant> upcoming,
                           Instant lastTickAt, long runningProcesses, ScheduleRunView lastRun, Instant createdAt,
                           String createdBy, Instant updatedAt, String updatedBy) {

    static final int UPCOMING = 5;

    static ScheduleView of(Schedule s, long running, ScheduleRunView lastRun) {
        return new ScheduleView(s.name(), s.description(), s.cron(), s.timeZone(), s.actor(), JsonText.parse(s.args()),
                s.businessKeyTemplate(), s.overlapPolicy().wireName(), s.maxRunning(), s.catchUp().wireName(),
                s.maxFailures(), s.state().name(), s.isEnabled(), s.consecutiveFailures(), s.pausedAt(), s.pausedBy(),
                s.pausedReason(), s.nextFireAt(), upcoming(s), s.lastTickAt(), running, lastRun, s.createdAt(),
                s.createdBy(), s.updatedAt(), s.updatedBy());
    }

    private static List<Instant> upcoming(Schedule s) {
        List<Instant> times = new ArrayList<>();
        if (s.nextFireAt() == null) {
            return times;
        }
        CronExpression cron = s.cronExpression();
        times.add(s.nextFireAt());
        for (int i = 1; i < UPCOMING; i++) {
            Optional<Instant> next = cron.next(times.get(i - 1), s.zone());
            if (next.isEmpty()) {
                break;
            }
            times.add(next.get());
        }
        return times;
    }
}
