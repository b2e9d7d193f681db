package dev.baton.engine.schedule;

import dev.baton.domain.common.NotFoundException;
import dev.baton.domain.schedule.ScheduleDefinition;
import dev.baton.engine.dispatch.Dispatcher;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;

/**
 * Schedules as the API and the console use them: create, read, change, pause, resume, delete, trigger now, and
 * the record of runs. Changes are {@link ScheduleCommand}s; a manual trigger is a {@link FireScheduleCommand}
 * whose start task is queued after the commit.
 */
@ApplicationScoped
public class ScheduleService {

    private static final int MAX_RUNS = 500;

    @EJB
    ScheduleCommand command;

    @EJB
    FireScheduleCommand fire;

    @Inject
    Dispatcher dispatcher;

    @Inject
    Clock clock;

    public ScheduleView create(String name, ScheduleDefinition definition, boolean enabled, String operator) {
        return command.create(name, definition, enabled, operator);
    }

    public ScheduleView update(String name, ScheduleDefinition definition, Boolean enabled, String operator) {
        return command.update(name, definition, enabled, operator);
    }

    public void delete(String name, String operator) {
        command.delete(name, operator);
    }

    public ScheduleView pause(String name, String operator, String reason) {
        return command.pause(name, operator, reason);
    }

    public ScheduleView resume(String name, String operator, String reason) {
        return command.resume(name, operator, reason);
    }

    public ScheduleView get(String name) {
        return command.get(name);
    }

    public List<ScheduleView> all() {
        return command.all();
    }

    public List<ScheduleRunView> runs(String name, Integer limit) {
        return command.runs(name, limit == null ? 50 : Math.max(1, Math.min(limit, MAX_RUNS)));
    }

    /**
     * Fires the schedule now. The answer is the run, whatever it came to: started, skipped by the overlap policy,
     * a duplicate business key, or failed (then recorded as a failed manual run, with the reason).
     */
    public ScheduleRunView trigger(String name, String operator) {
        try {
            TriggerOutcome outcome = fire.trigger(name, operator, clock.instant());
            dispatcher.apply(outcome.effects());
            return outcome.run();
        } catch (NotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            return fire.recordTriggerFailure(name, operator, clock.instant(), ScheduleFiring.reason(e));
        }
    }
}
