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
        var task = locked.task();
        Instant now = clock.instant();
        Effects effects = new Effects();
        String dispatch = DispatchRecord.record(task, lease);
        history.append(HistoryEntry.ofTask(task, kind, now, cause.type() + ": " + cause.message() + "; " + dispatch));
        task.failAttempt(cause, now);
        switch (task.state()) {
            case READY -> effects.enqueue(settlement.payloadOf(task));
            case SCHEDULED -> history.append(HistoryEntry.ofTask(task, HistoryKind.TASK_RETRY_SCHEDULED, now,
                    "attempt " + task.attempt() + " at " + task.readyAt()));
            default -> settlement.failed(locked.process(), task, effects, now);
        }
        effects.releaseLease(task.id());
        return effects;
    }
}
