package dev.baton.domain.task;

import dev.baton.domain.common.ConflictException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Set<TaskTransition> VISITED = EnumSet.noneOf(TaskTransition.class);

    private static Task task(int pendingDeps, RetryPolicy retry) {
        return Task.create(spec(pendingDeps, retry).build(), NOW);
    }

    private static TaskSpec.Builder spec(int pendingDeps, RetryPolicy retry) {
        return TaskSpec.builder().id("00000000-0000-7000-8000-000000000001").processId("p").ref("a").actor("x#1")
                .args("[]").pendingDeps(pendingDeps).retry(retry).timeoutSeconds(30);
    }

    private static Task event(int pendingDeps, int timeoutSeconds) {
        return Task.create(spec(pendingDeps, new RetryPolicy(1, 0, 1.0, 0)).type(TaskType.EVENT).eventName("paid")
                .timeoutSeconds(timeoutSeconds).build(), NOW);
    }

    /** A task that failed for good, as a process failure leaves it. */
    private static Task failed() {
        Task task = task(0, new RetryPolicy(1, 0, 1.0, 0));
        task.failAttempt(new TaskError("io", "flaky", null, true, null), NOW);
        return task;
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
        expect(task, TaskTransition.BECAME_DUE);
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

        Task awaiting = event(0, 0);
        awaiting.cancel(NOW);
        expect(awaiting, TaskTransition.AWAITING_EVENT_CANCELLED);
    }

    @Test
    void aTaskWithADelayIsScheduledUntilTheDelayHasPassedFromWhenItsPromisesResolved() {
        Task task = Task.create(spec(1, new RetryPolicy(3, 1000, 2.0, 60_000)).delaySeconds(90).build(), NOW);
        assertEquals(TaskState.WAITING, task.state());
        task.releaseDependency();
        Instant resolved = NOW.plusSeconds(10);
        assertEquals(TaskState.SCHEDULED, task.becomeReady(resolved));
        expect(task, TaskTransition.PROMISES_RESOLVED_DELAYED);
        assertEquals(resolved.plusSeconds(90), task.readyAt());
        task.becomeDue(resolved.plusSeconds(90));
        assertEquals(TaskState.READY, task.state());
        assertNull(task.timing().delaySeconds(), "a delay applies once; retries do not wait for it again");
    }

    @Test
    void aTaskWithAStartTimeInTheFutureIsScheduledForThatTimeAndOneInThePastIsReadyAtOnce() {
        Instant later = NOW.plus(Duration.ofHours(2));
        Task future = Task.create(spec(0, new RetryPolicy(3, 1000, 2.0, 60_000)).notBefore(later).build(), NOW);
        assertEquals(TaskState.SCHEDULED, future.state());
        assertEquals(later, future.readyAt());
        Task past = Task.create(spec(0, new RetryPolicy(3, 1000, 2.0, 60_000)).notBefore(NOW.minusSeconds(5)).build(), NOW);
        assertEquals(TaskState.READY, past.state());
    }

    @Test
    void aReadyTaskWithAScheduleToStartBoundMustBePickedUpByItsDeadline() {
        Task task = Task.create(spec(0, new RetryPolicy(3, 1000, 2.0, 60_000)).scheduleToStartSeconds(30).build(), NOW);
        assertEquals(NOW.plusSeconds(30), task.timing().waitDeadline());
        task.failAttempt(new TaskError("schedule-to-start-timeout", "nobody came", null, false, null), NOW.plusSeconds(31));
        expect(task, TaskTransition.FAILED_FOR_GOOD);
        assertNull(task.timing().waitDeadline());
        Task pickedUp = Task.create(spec(0, new RetryPolicy(3, 1000, 2.0, 60_000)).scheduleToStartSeconds(30).build(), NOW);
        pickedUp.pickedUp();
        assertNull(pickedUp.timing().waitDeadline(), "a task that was picked up no longer waits");
    }

    @Test
    void anEventTaskAwaitsItsEventAndTakesThePayloadAsItsValue() {
        Task task = event(1, 60);
        assertEquals(TaskState.WAITING, task.state());
        task.releaseDependency();
        assertEquals(TaskState.AWAITING_EVENT, task.becomeReady(NOW));
        expect(task, TaskTransition.PROMISES_RESOLVED_AWAITING_EVENT);
        assertEquals(NOW.plusSeconds(60), task.timing().waitDeadline());
        assertEquals("event:paid", task.actor());
        task.receiveEvent("{\"amount\":5}", NOW.plusSeconds(3));
        expect(task, TaskTransition.EVENT_ARRIVED);
        assertEquals("{\"amount\":5}", task.result());
    }

    @Test
    void anEventThatDoesNotArriveInTimeFailsTheEventTask() {
        Task task = event(0, 60);
        assertEquals(TaskState.AWAITING_EVENT, task.state());
        task.timeOutEvent(new TaskError("event-timeout", "no event", null, false, null), NOW.plusSeconds(61));
        expect(task, TaskTransition.EVENT_TIMED_OUT);
        assertTrue(task.error().contains("event-timeout"));
    }

    @Test
    void aRestartedTaskRunsAgainWithAFreshRetryBudgetAndTheEditedArguments() {
        Task task = task(0, new RetryPolicy(2, 0, 1.0, 0));
        task.failAttempt(new TaskError("io", "flaky", null, true, null), NOW);
        task.failAttempt(new TaskError("io", "flaky", null, true, null), NOW);
        assertEquals(TaskState.FAILED, task.state());
        task.restart("[42]", NOW);
        expect(task, TaskTransition.RESTARTED);
        assertEquals(3, task.attempt(), "a new attempt number fences answers to the old deliveries");
        assertEquals("[42]", task.args());
        assertNull(task.error());
        task.failAttempt(new TaskError("io", "flaky", null, true, null), NOW);
        expect(task, TaskTransition.RETRY_AT_ONCE);
        assertEquals(4, task.attempt(), "the restart began a new budget of two attempts");
    }

    @Test
    void aRestartedEventTaskAwaitsItsEventAgain() {
        Task task = event(0, 60);
        task.timeOutEvent(new TaskError("event-timeout", "no event", null, false, null), NOW);
        task.restart(null, NOW.plusSeconds(100));
        expect(task, TaskTransition.RESTARTED_AWAITING_EVENT);
        assertEquals(NOW.plusSeconds(160), task.timing().waitDeadline());
    }

    @Test
    void aDeciderWhoseResultFailedThroughARestartedTaskWaitsForItAgain() {
        Task task = ready();
        task.awaitResult("{\"$promise\":\"x\"}", 1);
        task.failWithResultPromise(new TaskError("boom", "broken", null, false, "x"), NOW);
        task.reopenResult(1);
        expect(task, TaskTransition.RESULT_PROMISE_REOPENED);
        assertEquals(1, task.pendingDeps());
        assertNull(task.endedAt());
    }

    @Test
    void aCancelledTaskIsRevivedWaitingAndOneThatMayHaveBeenDeliveredGetsANewAttempt() {
        Task wasReady = ready();
        wasReady.cancel(NOW);
        wasReady.revive(0);
        expect(wasReady, TaskTransition.REVIVED);
        assertEquals(2, wasReady.attempt());
        assertEquals(TaskState.READY, wasReady.becomeReady(NOW));

        Task wasWaiting = waiting();
        wasWaiting.cancel(NOW);
        wasWaiting.revive(1);
        assertEquals(TaskState.WAITING, wasWaiting.state());
        assertEquals(1, wasWaiting.attempt(), "a task that never ran keeps its attempt number");

        Task wasResolving = ready();
        wasResolving.awaitResult("{\"$promise\":\"x\"}", 1);
        wasResolving.cancel(NOW);
        wasResolving.revive(1);
        expect(wasResolving, TaskTransition.REVIVED_RESOLVING);
    }

    @Test
    void aFailedTaskCannotBeRevivedAndACancelledOneCannotBeRestarted() {
        assertThrows(IllegalStateException.class, () -> failed().revive(0));
        Task cancelled = ready();
        cancelled.cancel(NOW);
        assertThrows(IllegalStateException.class, () -> cancelled.restart(null, NOW));
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
