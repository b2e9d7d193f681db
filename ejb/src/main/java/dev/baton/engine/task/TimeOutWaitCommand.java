package dev.baton.engine.task;

import dev.baton.domain.history.HistoryEntry;
import dev.baton.domain.history.HistoryKind;
import dev.baton.domain.history.HistoryRepository;
import dev.baton.domain.task.Task;
import dev.baton.domain.task.TaskError;
import dev.baton.domain.task.TaskState;
import dev.baton.engine.dispatch.Effects;
import dev.baton.engine.dispatch.Lease;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A wait passed its deadline. A ready task nobody picked up in time fails with
 * {@code schedule-to-start-timeout} (not retried: another attempt would wait in the same queue); one that was
 * picked up meanwhile (its lease is there) just stops waiting. An event task whose event did not come fails
 * with {@code event-timeout}. Either failure then follows the usual rules ({@code acceptFail}, process
 * failure). Guarded by state and deadline, so a double run changes nothing.
 */
@Stateless
public class TimeOutWaitCommand {

    public static final String SCHEDULE_TO_START = "schedule-to-start-timeout";
    public static final String EVENT_TIMEOUT = "event-timeout";

    @Inject
    TaskLocking locking;

    @Inject
    AttemptFailure attemptFailure;

    @Inject
    Settlement settlement;

    @Inject
    HistoryRepository history;

    @Inject
    Clock clock;

    /** {@code lease} is the task's current lease in Hazelcast, if it has one. */
    public Effects execute(String taskId, Lease lease) {
        Optional<LockedTask> locked = locking.tryLock(taskId);
        Instant now = clock.instant();
        if (locked.isEmpty() || !locked.get().process().isRunning()) {
            return new Effects();
        }
        Task task = locked.get().task();
        Instant deadline = task.timing().waitDeadline();
        if (deadline == null || deadline.isAfter(now)) {
            return new Effects();
        }
        if (task.state() == TaskState.READY) {
            if (lease != null && lease.attempt() == task.attempt()) {
                task.pickedUp();
                return new Effects();
            }
            Effects effects = attemptFailure.applyUndelivered(locked.get(), new TaskError(SCHEDULE_TO_START,
                    "Not picked up by any worker of " + task.actor() + " within "
                            + task.timing().scheduleToStartSeconds() + " s", null, false, null), HistoryKind.TASK_TIMED_OUT);
            // The task was waiting in its queue; it must not be handed out any more.
            effects.unqueue(task.id());
            return effects;
        }
        if (task.state() == TaskState.AWAITING_EVENT) {
            Effects effects = new Effects();
            TaskError timeout = new TaskError(EVENT_TIMEOUT, "Event '" + task.eventName() + "' did not arrive within "
                    + task.timeoutSeconds() + " s", null, false, null);
            history.append(HistoryEntry.ofTask(task, HistoryKind.TASK_TIMED_OUT, now, timeout.message()));
            task.timeOutEvent(timeout, now);
            settlement.failed(locked.get().process(), task, effects, now);
            return effects;
        }
        return new Effects();
    }
}
