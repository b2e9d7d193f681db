package dev.baton.engine.task;

import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.history.HistoryEntry;
import dev.baton.domain.history.HistoryKind;
import dev.baton.domain.history.HistoryRepository;
import dev.baton.domain.task.Task;
import dev.baton.domain.task.TaskType;
import dev.baton.engine.dispatch.Effects;
import dev.baton.engine.dispatch.Lease;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;

import java.time.Clock;
import java.time.Instant;

/** A worker's result: the task completes and whatever waited on it moves on. One transaction. */
@Stateless
public class CompleteTaskCommand {

    @Inject
    TaskLocking locking;

    @Inject
    Settlement settlement;

    @Inject
    HistoryRepository history;

    @Inject
    PayloadLimits limits;

    @Inject
    Clock clock;

    public Effects execute(String taskId, int attempt, Lease lease, JsonValue result) {
        LockedTask locked = locking.lock(taskId, lease == null ? null : lease.processId());
        Task task = locked.task();
        task.requireCurrentAttempt(attempt);
        if (task.type() != TaskType.WORKER) {
            throw new InvalidInputException("decision-required",
                    "Task " + taskId + " is a decider task; complete it with a decision.");
        }
        String resultText = limits.check("result", result);
        Instant now = clock.instant();
        Effects effects = new Effects();
        String dispatch = DispatchRecord.record(task, lease);
        task.complete(resultText, now);
        history.append(HistoryEntry.ofTask(task, HistoryKind.TASK_COMPLETED, now, dispatch));
        settlement.completed(locked.process(), task, effects, now);
        effects.releaseLease(taskId);
        return effects;
    }
}
