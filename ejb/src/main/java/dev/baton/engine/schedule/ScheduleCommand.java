package dev.baton.engine.schedule;

import dev.baton.domain.common.ConflictException;
import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.JsonText;
import dev.baton.domain.decision.Promises;
import dev.baton.domain.process.ProcessRepository;
import dev.baton.domain.schedule.BusinessKeyTemplate;
import dev.baton.domain.schedule.Schedule;
import dev.baton.domain.schedule.ScheduleDefinition;
import dev.baton.domain.schedule.ScheduleRepository;
import dev.baton.domain.schedule.ScheduleRun;
import dev.baton.engine.audit.AuditLog;
import dev.baton.engine.task.PayloadLimits;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The operators' changes to schedules, each one transaction that locks the schedule's row (so it never
 * interleaves with the firing of a tick) and writes its audit entry.
 */
@Stateless
public class ScheduleCommand {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,199}");

    @Inject
    ScheduleRepository schedules;

    @Inject
    ProcessRepository processes;

    @Inject
    PayloadLimits limits;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public ScheduleView create(String name, ScheduleDefinition definition, boolean enabled, String operator) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("invalid-schedule-name", "A schedule name is 1 to 200 characters: letters, "
                    + "digits, '.', '_' and '-', starting with a letter or digit.");
        }
        check(definition, name);
        if (schedules.find(name).isPresent()) {
            throw exists(name);
        }
        Schedule schedule = new Schedule(name, definition, enabled, operator, clock.instant());
        try {
            schedules.add(schedule);
        } catch (PersistenceException e) {
            throw exists(name);
        }
        audit.record(operator, "schedule.create", name, 1, summary(schedule));
        return view(schedule);
    }

    /** Replaces the definition; {@code enabled} (when not null) pauses or resumes it in the same change. */
    public ScheduleView update(String name, ScheduleDefinition definition, Boolean enabled, String operator) {
        Schedule schedule = lock(name);
        check(definition, name);
        Instant now = clock.instant();
        schedule.redefine(definition, operator, now);
        if (Boolean.TRUE.equals(enabled) && !schedule.isEnabled()) {
            schedule.resume(operator, now);
        } else if (Boolean.FALSE.equals(enabled) && schedule.isEnabled()) {
            schedule.pause(operator, "disabled by an update", now);
        }
        audit.record(operator, "schedule.update", name, 1, summary(schedule));
        return view(schedule);
    }

    public void delete(String name, String operator) {
        Schedule schedule = lock(name);
        schedules.remove(schedule);
        audit.record(operator, "schedule.delete", name, 1, summary(schedule));
    }

    public ScheduleView pause(String name, String operator, String reason) {
        Schedule schedule = lock(name);
        schedule.pause(operator, reason, clock.instant());
        audit.record(operator, "schedule.pause", name, 1, reason);
        return view(schedule);
    }

    public ScheduleView resume(String name, String operator, String reason) {
        Schedule schedule = lock(name);
        String pausedReason = schedule.pausedReason();
        schedule.resume(operator, clock.instant());
        audit.record(operator, "schedule.resume", name, 1, (reason == null ? "" : reason + "; ")
                + (pausedReason == null ? "was paused" : "was paused: " + pausedReason));
        return view(schedule);
    }

    public ScheduleView get(String name) {
        return view(schedules.find(name).orElseThrow(() -> FireScheduleCommand.unknown(name)));
    }

    public List<ScheduleView> all() {
        return schedules.all().stream().map(this::view).toList();
    }

    public List<ScheduleRunView> runs(String name, int limit) {
        schedules.find(name).orElseThrow(() -> FireScheduleCommand.unknown(name));
        return schedules.runs(name, limit).stream().map(ScheduleRunView::of).toList();
    }

    private ScheduleView view(Schedule schedule) {
        List<ScheduleRun> last = schedules.runs(schedule.name(), 1);
        return ScheduleView.of(schedule, processes.countActiveOfSchedule(schedule.name()),
                last.isEmpty() ? null : ScheduleRunView.of(last.get(0)));
    }

    private Schedule lock(String name) {
        return schedules.lock(name).orElseThrow(() -> FireScheduleCommand.unknown(name));
    }

    /** What the definition cannot say about itself: its arguments are values within the payload cap. */
    private void check(ScheduleDefinition definition, String name) {
        if (!Promises.references(JsonText.parse(definition.argsJson())).isEmpty()) {
            throw new InvalidInputException("invalid-args",
                    "A schedule's arguments are values; promises exist only between tasks of one process.");
        }
        limits.check("args", JsonText.parse(definition.argsJson()));
        if (definition.businessKeyTemplate() != null) {
            BusinessKeyTemplate.parse(definition.businessKeyTemplate(), name);
        }
    }

    private static ConflictException exists(String name) {
        return new ConflictException("schedule-exists", "A schedule named " + name + " already exists; PUT changes it.");
    }

    private static String summary(Schedule s) {
        return "cron '" + s.cron() + "' " + s.timeZone() + ", actor " + s.actor() + ", " + s.state().name().toLowerCase()
                + ", overlap " + s.overlapPolicy().wireName() + "/" + s.maxRunning() + ", catch-up " + s.catchUp().wireName()
                + ", maxFailures " + s.maxFailures();
    }
}
