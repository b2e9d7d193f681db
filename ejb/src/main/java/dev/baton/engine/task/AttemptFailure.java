package dev.baton.engine.task;

import dev.baton.domain.history.HistoryEntry;
import dev.baton.domain.history.HistoryKind;
import dev.baton.domain.history.HistoryRepository;
import dev.baton.domain.task.TaskError;
import dev.baton.engine.dispatch.Effects;
import dev.baton.engine.dispatch.Lease;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;

/**
 * A failed attempt, reported by a worker or caused by an expired lease: the retry policy decides
 * between trying again now, trying again later and failing for good.
 */
@ApplicationScoped
public class AttemptFailure {

    @Inject
    Settlement settlement;

    @Inject
    HistoryRepository history;

    @Inject
    Clock clock;

    public Effects apply(LockedTask locked, Lease lease, TaskError cause, HistoryKind kind) {
        return apply(locked, cause, kind, "; " + DispatchRecord.record(locked.task(), lease));
    }

    /** An attempt that ended before anyone picked it up (a schedule-to-start timeout). */
    public Effects applyUndelivered(LockedTask locked, TaskError cause, HistoryKind kind) {
        return apply(locked, cause, kind, "");
    }

    private Effects apply(LockedTask locked, TaskError cause, HistoryKind kind, String dispatch) {
        var task = locked.task();
        Instant now = clock.instant();
        Effects effects = new Effects();
        history.append(HistoryEntry.ofTask(task, kind, now, cause.type() + ": " + cause.message() + dispatch));
        task.failAttempt(cause, now);
        switch (task.state()) {
            case READY -> settlement.arrived(locked.process(), task, effects, now);
            case SCHEDULED -> history.append(HistoryEntry.ofTask(task, HistoryKind.TASK_RETRY_SCHEDULED, now,
                    "attempt " + task.attempt() + " at " + task.readyAt()));
            default -> settlement.failed(locked.process(), task, effects, now);
        }
        effects.releaseLease(task.id());
        return effects;
    }
}
