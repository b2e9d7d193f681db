package dev.baton.engine.process;

import dev.baton.domain.process.DeadlineAction;
import dev.baton.domain.process.ProcessInstance;
import dev.baton.domain.process.ProcessRepository;
import dev.baton.domain.task.TaskError;
import dev.baton.engine.dispatch.Effects;
import dev.baton.engine.task.Settlement;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A process's deadline passed while it was unfinished: it fails (error type {@code deadline-exceeded},
 * restartable) or is cancelled, as it was started. Guarded by state and deadline under the process lock.
 */
@Stateless
public class EnforceDeadlineCommand {

    public static final String DEADLINE_EXCEEDED = "deadline-exceeded";

    @Inject
    ProcessRepository processes;

    @Inject
    Settlement settlement;

    @Inject
    Clock clock;

    public Effects execute(String processId) {
        Effects effects = new Effects();
        Instant now = clock.instant();
        Optional<ProcessInstance> locked = processes.lock(processId);
        if (locked.isEmpty() || !locked.get().deadlinePassed(now)) {
            return effects;
        }
        ProcessInstance process = locked.get();
        TaskError cause = new TaskError(DEADLINE_EXCEEDED, "The process did not finish by its deadline "
                + process.deadlineAt(), null, false, null);
        if (process.onDeadline() == DeadlineAction.CANCEL) {
            settlement.cancelProcess(process, cause, effects, now);
        } else {
            settlement.failProcess(process, cause, effects, now);
        }
        return effects;
    }
}
