package dev.baton.engine.task;

import dev.baton.domain.history.HistoryKind;
import dev.baton.engine.dispatch.Effects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A worker reports that its attempt failed; the retry policy decides what follows. */
@ApplicationScoped
public class FailTask {

    @Inject
    AttemptFailure attemptFailure;

    /** Refuses (throws) before changing anything; see {@link ReportOutcomesCommand}. */
    public Effects apply(LockedTask locked, TaskOutcome.Failed outcome) {
        locked.task().requireCurrentAttempt(outcome.attempt());
        return attemptFailure.apply(locked, outcome.lease(), outcome.error(), HistoryKind.TASK_ATTEMPT_FAILED);
    }
}
