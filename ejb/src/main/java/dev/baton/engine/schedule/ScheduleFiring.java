package dev.baton.engine.schedule;

import dev.baton.domain.common.EngineException;
import dev.baton.domain.schedule.ScheduleRepository.DueSchedule;
import dev.baton.engine.dispatch.Dispatcher;
import dev.baton.engine.dispatch.Effects;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fires the schedules that are due: for each, one {@link FireScheduleCommand#fire} transaction, its effects
 * applied after the commit, and a failure recorded in a transaction of its own. Called by {@link ScheduleTicker}
 * every second; safe to run on several nodes at once, because every tick is guarded by the schedule's row.
 */
@ApplicationScoped
public class ScheduleFiring {

    private static final Logger LOG = Logger.getLogger(ScheduleFiring.class.getName());
    static final int BATCH = 100;

    @EJB
    FireScheduleCommand command;

    @EJB
    ScheduleScans scans;

    @Inject
    Dispatcher dispatcher;

    /** Fires every schedule due at {@code now}; returns how many ticks this call handled. */
    public int fireDue(Instant now) {
        int handled = 0;
        List<DueSchedule> due = scans.due(now, BATCH);
        for (DueSchedule schedule : due) {
            if (fire(schedule, now)) {
                handled++;
            }
        }
        return handled;
    }

    /** Fires one due tick; true when this call handled it (false when someone else had). */
    public boolean fire(DueSchedule schedule, Instant now) {
        try {
            Optional<Effects> effects = command.fire(schedule.name(), schedule.tick(), now);
            effects.ifPresent(dispatcher::apply);
            return effects.isPresent();
        } catch (RuntimeException e) {
            String reason = reason(e);
            LOG.log(Level.WARNING, "Schedule " + schedule.name() + " could not start a process for its tick "
                    + schedule.tick() + ": " + reason, e instanceof EngineException ? null : e);
            try {
                command.recordFailure(schedule.name(), schedule.tick(), now, reason);
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Recording the failed tick of schedule " + schedule.name()
                        + " failed too; the next tick retries it", again);
            }
            return true;
        }
    }

    /** What operators read in the run and the pause reason: the engine's refusal, or the innermost cause. */
    static String reason(Throwable e) {
        Throwable root = e;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EngineException engine) {
                return engine.problemType() + ": " + engine.getMessage();
            }
            root = cause;
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().strip();
        return root.getClass().getSimpleName() + message;
    }
}
