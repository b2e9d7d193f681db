package dev.baton.web.schedule;

import dev.baton.domain.common.JsonText;
import dev.baton.engine.schedule.ScheduleRunView;
import dev.baton.engine.schedule.ScheduleView;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import static dev.baton.web.json.JsonOut.json;
import static dev.baton.web.json.JsonOut.object;
import static dev.baton.web.json.JsonOut.text;
import static dev.baton.web.json.JsonOut.time;

/** A schedule and a run on the wire. */
final class ScheduleDto {

    private ScheduleDto() {
    }

    static JsonObject of(ScheduleView s) {
        JsonArrayBuilder upcoming = JsonText.JSON.createArrayBuilder();
        s.upcoming().forEach(t -> upcoming.add(t.toString()));
        return object()
                .add("name", s.name())
                .add("description", text(s.description()))
                .add("cron", s.cron())
                .add("timeZone", s.timeZone())
                .add("actor", s.actor())
                .add("args", json(s.args()))
                .add("businessKeyTemplate", text(s.businessKeyTemplate()))
                .add("overlapPolicy", s.overlapPolicy())
                .add("maxRunning", s.maxRunning())
                .add("catchUp", s.catchUp())
                .add("maxFailures", s.maxFailures())
                .add("enabled", s.enabled())
                .add("state", s.state())
                .add("consecutiveFailures", s.consecutiveFailures())
                .add("pausedAt", time(s.pausedAt()))
                .add("pausedBy", text(s.pausedBy()))
                .add("pausedReason", text(s.pausedReason()))
                .add("nextFireAt", time(s.nextFireAt()))
                .add("upcoming", upcoming)
                .add("lastTickAt", time(s.lastTickAt()))
                .add("runningProcesses", s.runningProcesses())
                .add("lastRun", s.lastRun() == null ? JsonValue.NULL : run(s.lastRun()))
                .add("createdAt", time(s.createdAt()))
                .add("createdBy", s.createdBy())
                .add("updatedAt", time(s.updatedAt()))
                .add("updatedBy", s.updatedBy())
                .build();
    }

    static JsonObject run(ScheduleRunView r) {
        return object()
                .add("id", r.id())
                .add("schedule", r.scheduleName())
                .add("tickAt", time(r.tickAt()))
                .add("manual", r.manual())
                .add("firedAt", time(r.firedAt()))
                .add("outcome", r.outcome())
                .add("processId", text(r.processId()))
                .add("message", text(r.message()))
                .build();
    }
}
