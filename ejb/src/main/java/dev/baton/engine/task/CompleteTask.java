package dev.baton.engine.task;

import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.history.HistoryEntry;
import dev.baton.domain.history.HistoryKind;
import dev.baton.domain.history.HistoryRepository;
import dev.baton.domain.task.Task;
import dev.baton.domain.task.TaskType;
import dev.baton.engine.dispatch.Effects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;

/** A worker's result: the task completes and whatever waited on it moves on. */
@ApplicationScoped
public class CompleteTask {

    @Inject
    Settlement settlement;

    @Inject
    HistoryRepository history;

    @Inject
    PayloadLimits limits;

    @Inject
    Clock clock;

    /** Refuses (throws) before changing anything; see {@link ReportOutcomesCommand}. */
    public Effects apply(LockedTask locked, TaskOutcome.Completed outcome) {
        Task task = locked.task();
        task.requireCurrentAttempt(outcome.attempt());
        if (task.type() != TaskType.WORKER) {
            throw new InvalidInputException("decision-required",
                    "Task " + task.id() + " is a decider task; complete it with a decision.");
        }
        String resultText = limits.check("result", outcome.result());
        Instant now = clock.instant();
        Effects effects = new Effects();
        String dispatch = DispatchRecord.record(task, outcome.lease());
        task.complete(resultText, now);
        history.append(HistoryEntry.ofTask(task, HistoryKind.TASK_COMPLETED, now, dispatch));
        settlement.completed(locked.process(), task, effects, now);
        effects.releaseLease(task.id());
        return effects;
    }
}
