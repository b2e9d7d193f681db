package dev.baton.domain.task;

import dev.baton.domain.common.ConflictException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Set<TaskTransition> VISITED = EnumSet.noneOf(TaskTransition.class);

    private static Task task(int pendingDeps, RetryPolicy retry) {
        return Task.create(new TaskSpec("00000000-0000-7000-8000-000000000001", "p", null, "a", "x#1", TaskType.WORKER,
                null, "[]", pendingDeps, false, retry, 30), NOW);
    }

    private static Task ready() {
        return task(0, new RetryPolicy(3, 1000, 2.0, 60_000));
    }

    private static Task waiting() {
        return task(1, new RetryPolicy(3, 1000, 2.0, 60_000));
    }

    private static void expect(Task task, TaskTransition transition) {
        assertEquals(transition, task.lastTransition());
        assertEquals(transition.to(), task.state());
        VISITED.add(transition);
    }

    @AfterAll
    static void everyTransitionInTheTableIsExercised() {
        assertEquals(EnumSet.allOf(TaskTransition.class), VISITED,
                "transitions never exercised: " + EnumSet.complementOf(EnumSet.copyOf(VISITED)));
    }

    @Test
    void aTaskWithoutPromisesIsReadyAtOnce() {
        Task task = ready();
        assertEquals(TaskState.READY, task.state());
        assertEquals(NOW, task.readyAt());
        assertEquals(1, task.attempt());
    }

    @Test
    void aWaitingTaskBecomesReadyWhenItsLastPromiseIsReleased() {
        Task task = task(2, new RetryPolicy(1, 0, 1.0, 0));
        assertEquals(TaskState.WAITING, task.state());
        assertTrue(!task.releaseDependency());
        assertTrue(task.releaseDependency());
        task.becomeReady(NOW);
        expect(task, TaskTransition.PROMISES_RESOLVED);
    }

    @Test
    void aReadyTaskCompletesWithItsResult() {
        Task task = ready();
        task.complete("42", NOW);
        expect(task, TaskTransition.COMPLETED_BY_ACTOR);
        assertEquals("42", task.result());
        assertEquals(NOW, task.endedAt());
    }

    @Test
    void aDeciderWithAPromisedResultResolvesLater() {
        Task task = ready();
        task.awaitResult("{\"$promise\":\"x\"}", 1);
        expect(task, TaskTransition.AWAITING_RESULT_PROMISE);
        assertTrue(task.releaseDependency());
        task.resolveResult("7", NOW);
        expect(task, TaskTransition.RESULT_PROMISE_RESOLVED);
        assertEquals("7", task.result());
    }

    @Test
    void aDeciderFailsWhenItsResultPromiseFails() {
        Task task = ready();
        task.awaitResult("{\"$promise\":\"x\"}", 1);
        task.failWithResultPromise(new TaskError("boom", "broken", null, false, "x"), NOW);
        expect(task, TaskTransition.RESULT_PROMISE_FAILED);
    }

    @Test
    void aFailedAttemptWithBackoffIsScheduledAndLaterDue() {
        Task task = ready();
        task.failAttempt(new TaskError("io", "flaky", null, true, null), NOW);
        expect(task, TaskTransition.RETRY_AFTER_BACKOFF);
        assertEquals(2, task.attempt());
        assertEquals(NOW.plus(Duration.ofSeconds(1)), task.readyAt());
        task.becomeDue(NOW.plusSeconds(1));
        expect(task, TaskTransition.BACKOFF_ELAPSED);
    }

    @Test
    void aFailedAttemptWithoutBackoffIsRetriedAtOnce() {
        Task task = task(0, new RetryPolicy(2, 0, 1.0, 0));
        task.failAttempt(new TaskError("io", "flaky", null, true, null), NOW);
        expect(task, TaskTransition.RETRY_AT_ONCE);
        assertEquals(2, task.attempt());
    }

    @Test
    void theLastAllowedAttemptFailsTheTaskForGood() {
        Task task = task(0, new RetryPolicy(1, 0, 1.0, 0));
        task.failAttempt(new TaskError("io", "flaky", null, true, null), NOW);
        expect(task, TaskTransition.FAILED_FOR_GOOD);
        assertTrue(task.error().contains("flaky"));
    }

    @Test
    void aNonRetryableFailureEndsTheTaskEvenWithAttemptsLeft() {
        Task task = ready();
        task.failAttempt(new TaskError("bad-input", "no", null, false, null), NOW);
        expect(task, TaskTransition.FAILED_FOR_GOOD);
        assertEquals(1, task.attempt());
    }

    @Test
    void everyUnfinishedStateCanBeCancelled() {
        Task waiting = waiting();
        waiting.cancel(NOW);
        expect(waiting, TaskTransition.WAITING_CANCELLED);

        Task ready = ready();
        ready.cancel(NOW);
        expect(ready, TaskTransition.READY_CANCELLED);

        Task scheduled = ready();
        scheduled.failAttempt(new TaskError("io", "flaky", null, true, null), NOW);
        scheduled.cancel(NOW);
        expect(scheduled, TaskTransition.SCHEDULED_CANCELLED);

        Task resolving = ready();
        resolving.awaitResult("{\"$promise\":\"x\"}", 1);
        resolving.cancel(NOW);
        expect(resolving, TaskTransition.RESOLVING_CANCELLED);
    }

    @Test
    void aFinishedTaskCannotMoveAgain() {
        Task task = ready();
        task.complete("1", NOW);
        assertThrows(IllegalStateException.class, () -> task.complete("2", NOW));
        assertThrows(IllegalStateException.class, () -> task.cancel(NOW));
    }

    @Test
    void onlyTheCurrentAttemptOfAnActiveTaskIsAccepted() {
        Task task = ready();
        task.requireCurrentAttempt(1);
        ConflictException stale = assertThrows(ConflictException.class, () -> task.requireCurrentAttempt(2));
        assertEquals("stale-token", stale.problemType());
        task.complete("1", NOW);
        ConflictException finished = assertThrows(ConflictException.class, () -> task.requireCurrentAttempt(1));
        assertEquals("task-not-active", finished.problemType());
    }
}
