package dev.baton.engine.schedule;

import dev.baton.domain.common.JsonText;
import dev.baton.domain.common.NotFoundException;
import dev.baton.domain.process.ProcessRepository;
import dev.baton.domain.schedule.FirePlan;
import dev.baton.domain.schedule.RunOutcome;
import dev.baton.domain.schedule.Schedule;
import dev.baton.domain.schedule.ScheduleRepository;
import dev.baton.domain.schedule.ScheduleRun;
import dev.baton.engine.audit.AuditLog;
import dev.baton.engine.dispatch.Effects;
import dev.baton.engine.process.StartOutcome;
import dev.baton.engine.process.StartProcessCommand;
import dev.baton.engine.process.StartRequest;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;

/**
 * The transactions that fire schedules. {@link #fire} handles one due tick: it locks the schedule's row and goes
 * on only if the row's next fire time is still the tick the caller found due, so two nodes (or two threads)
 * firing the same tick at once start one process: the second waits for the first's commit, then finds the next
 * fire time moved on and does nothing. The tick's run row, unique per schedule and tick, is written in the same
 * transaction as the start, which backs the guard up. A start that fails rolls everything back; the caller then
 * records the failure with {@link #recordFailure}, under the same guard, in a transaction of its own.
 */
@Stateless
public class FireScheduleCommand {

    @Inject
    ScheduleRepository schedules;

    @Inject
    ProcessRepository processes;

    @Inject
    ScheduleSettings settings;

    @Inject
    AuditLog audit;

    @EJB
    StartProcessCommand startCommand;

    /**
     * Handles the due tick {@code expectedTick} of the schedule as its plan says; empty when the tick is no longer
     * due (another node or thread handled it, or the schedule was paused, changed or deleted meanwhile).
     */
    public Optional<Effects> fire(String name, Instant expectedTick, Instant now) {
        Optional<Schedule> due = lockDue(name, expectedTick, now);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Schedule schedule = due.get();
        FirePlan plan = schedule.plan(now, settings.misfireThreshold());
        recordMissed(schedule, plan, now);
        Effects effects = new Effects();
        RunOutcome outcome = null;
        if (plan.runs()) {
            outcome = start(schedule, plan.tick(), false, now, plan.missedAny() ? "catch-up run after "
                    + missedText(plan) + " missed" : null, effects).outcome();
        }
        schedule.handled(plan, outcome, null, now);
        schedules.pruneRuns(name, settings.runsKept());
        return Optional.of(effects);
    }

    /** The start of the due tick failed: record it, move the schedule on, and pause it if that was one too many. */
    public void recordFailure(String name, Instant expectedTick, Instant now, String reason) {
        Optional<Schedule> due = lockDue(name, expectedTick, now);
        if (due.isEmpty()) {
            return;
        }
        Schedule schedule = due.get();
        FirePlan plan = schedule.plan(now, settings.misfireThreshold());
        recordMissed(schedule, plan, now);
        RunOutcome outcome = null;
        if (plan.runs()) {
            schedules.addRun(new ScheduleRun(name, plan.tick(), false, now, RunOutcome.FAILED, null, reason));
            outcome = RunOutcome.FAILED;
        }
        if (schedule.handled(plan, outcome, reason, now)) {
            audit.record("system", "schedule.auto-pause", name, 0, schedule.pausedReason());
        }
        schedules.pruneRuns(name, settings.runsKept());
    }

    /** An operator fires the schedule now, whatever its state; the overlap policy applies as at a tick. */
    public TriggerOutcome trigger(String name, String operator, Instant now) {
        Schedule schedule = schedules.lock(name).orElseThrow(() -> unknown(name));
        Effects effects = new Effects();
        ScheduleRun run = start(schedule, now, true, now, "triggered by " + operator, effects);
        audit.record(operator, "schedule.trigger", name, run.outcome() == RunOutcome.STARTED ? 1 : 0,
                run.outcome().wireName() + (run.processId() == null ? "" : " " + run.processId()));
        schedules.pruneRuns(name, settings.runsKept());
        return new TriggerOutcome(ScheduleRunView.of(run), effects);
    }

    /** A manual trigger's start failed: it is recorded as a failed manual run (it does not count toward pausing). */
    public ScheduleRunView recordTriggerFailure(String name, String operator, Instant now, String reason) {
        schedules.lock(name).orElseThrow(() -> unknown(name));
        ScheduleRun run = new ScheduleRun(name, now, true, now, RunOutcome.FAILED, null, reason);
        schedules.addRun(run);
        audit.record(operator, "schedule.trigger", name, 0, "failed: " + reason);
        return ScheduleRunView.of(run);
    }

    private Optional<Schedule> lockDue(String name, Instant expectedTick, Instant now) {
        return schedules.lock(name).filter(s -> s.dueTick(now).filter(expectedTick::equals).isPresent());
    }

    /**
     * Starts a process for the tick unless the overlap policy skips it, and records the run. The run row is
     * flushed right after the start, so a second record of the same tick fails here and rolls the start back.
     */
    private ScheduleRun start(Schedule schedule, Instant tick, boolean manual, Instant now, String note, Effects effects) {
        if (schedule.skipsOverlap()) {
            long running = processes.countActiveOfSchedule(schedule.name());
            if (running >= schedule.maxRunning()) {
                ScheduleRun skipped = new ScheduleRun(schedule.name(), tick, manual, now, RunOutcome.SKIPPED_OVERLAP, null,
                        running + " process" + (running == 1 ? " is" : "es are") + " of this schedule still running (maxRunning "
                                + schedule.maxRunning() + ")");
                schedules.addRun(skipped);
                return skipped;
            }
        }
        String key = schedule.businessKeyFor(tick);
        StartOutcome started = startCommand.execute(StartRequest.bySchedule(schedule.name(), schedule.actor(),
                JsonText.parseArray(schedule.args()), key));
        effects.addAll(started.effects());
        RunOutcome outcome = started.created() ? RunOutcome.STARTED : RunOutcome.DUPLICATE_KEY;
        String message = started.created() ? note
                : "business key " + key + " already belongs to process " + started.process().id() + "; nothing started";
        ScheduleRun run = new ScheduleRun(schedule.name(), tick, manual, now, outcome, started.process().id(), message);
        schedules.addRun(run);
        return run;
    }

    private void recordMissed(Schedule schedule, FirePlan plan, Instant now) {
        if (plan.missedAny()) {
            schedules.addRun(new ScheduleRun(schedule.name(), plan.firstMissed(), false, now, RunOutcome.MISSED, null,
                    missedText(plan) + " from " + plan.firstMissed() + " to " + plan.lastMissed()
                            + " passed while no node fired schedules (catch-up: " + schedule.catchUp().wireName() + ")"));
        }
    }

    private static String missedText(FirePlan plan) {
        return (plan.missedCount() >= Schedule.MISSED_COUNT_CAP ? "at least " : "") + plan.missedCount()
                + (plan.missedCount() == 1 ? " tick" : " ticks");
    }

    static NotFoundException unknown(String name) {
        return new NotFoundException("unknown-schedule", "There is no schedule " + name + ".");
    }
}
