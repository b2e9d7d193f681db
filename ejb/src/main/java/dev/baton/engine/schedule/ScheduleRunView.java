package dev.baton.engine.schedule;

import dev.baton.domain.schedule.ScheduleRun;

import java.time.Instant;

/** One run of a schedule as callers see it; {@code outcome} is the wire name (started, skipped-overlap, ...). */
public record ScheduleRunView(String id, String scheduleName, Instant tickAt, boolean manual, Instant firedAt,
                              String outcome, String processId, String message) {

    static ScheduleRunView of(ScheduleRun r) {
        return new ScheduleRunView(r.id(), r.scheduleName(), r.tickAt(), r.manual(), r.firedAt(), r.outcome().wireName(),
                r.processId(), r.message());
    }
}
