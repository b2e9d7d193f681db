package dev.baton.engine.task;

import dev.baton.domain.history.HistoryEntry;
import dev.baton.domain.history.HistoryKind;
import dev.baton.domain.history.HistoryRepository;
import dev.baton.domain.task.Task;
import dev.baton.domain.task.TaskState;
import dev.baton.engine.dispatch.Effects;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A scheduled task whose time has come (a retry's backoff or a delayed start) becomes ready and is queued.
 * Guarded by state, so a double run is harmless; a suspended process's tasks wait for its resumption.
 */
@Stateless
public class PromoteDueTaskCommand {

    @Inject
    TaskLocking locking;

    @Inject
    Settlement settlement;

    @Inject
    HistoryRepository history;

    @Inject
    Clock clock;

    public Effects execute(String taskId) {
        Effects effects = new Effects();
        Optional<LockedTask> locked = locking.tryLock(taskId);
        Instant now = clock.instant();
        if (locked.isPresent() && locked.get().process().isRunning()) {
            Task task = locked.get().task();
            if (task.state() == TaskState.SCHEDULED && !task.readyAt().isAfter(now)) {
                task.becomeDue(now);
                history.append(HistoryEntry.ofTask(task, HistoryKind.TASK_READY, now,
                        task.attempt() > 1 ? "retry due" : "start time reached"));
                settlement.arrived(locked.get().process(), task, effects, now);
            }
        }
        return effects;
    }
}
