package dev.baton.domain.process;

import dev.baton.domain.task.TaskError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Set<ProcessTransition> VISITED = EnumSet.noneOf(ProcessTransition.class);

    private static ProcessInstance running() {
        return new ProcessInstance("p", "orders.Order#1", null, "[]", "t", NOW);
    }

    @AfterAll
    static void everyTransitionInTheTableIsExercised() {
        assertEquals(EnumSet.allOf(ProcessTransition.class), VISITED);
    }

    @Test
    void aProcessCompletesOnlyWhenItsStartTaskCompletedAndNothingIsOpen() {
        ProcessInstance process = running();
        assertEquals(1, process.openTasks());
        process.tasksOpened(2, NOW);
        process.taskClosed(NOW);
        assertFalse(process.readyToComplete(true), "two tasks are still open");
        process.taskClosed(NOW);
        process.taskClosed(NOW);
        assertFalse(process.readyToComplete(false), "the start task has no value yet");
        assertTrue(process.readyToComplete(true));
        process.complete("3", NOW);
        assertEquals(ProcessTransition.RESULT_RESOLVED, process.lastTransition());
        assertEquals(ProcessState.COMPLETED, process.state());
        assertEquals("3", process.result());
        VISITED.add(process.lastTransition());
    }

    @Test
    void aFailedProcessKeepsTheCauseAndClosesItsTasks() {
        ProcessInstance process = running();
        process.tasksOpened(3, NOW);
        process.fail(new TaskError("boom", "it broke", null, false, "t9"), "billing.Charge#1", NOW);
        assertEquals(ProcessState.FAILED, process.state());
        assertEquals(0, process.openTasks());
        assertTrue(process.error().contains("\"taskId\":\"t9\""));
        assertEquals("boom", process.errorType());
        assertEquals("t9", process.causeTaskId());
        assertEquals("billing.Charge#1", process.causeActor());
        assertEquals("it broke", process.errorMessage());
        VISITED.add(process.lastTransition());
    }

    @Test
    void aSuspendedProcessResumesAndIsNotDispatchedMeanwhile() {
        ProcessInstance process = running();
        process.suspend(NOW);
        record(process, ProcessTransition.SUSPENSION);
        assertFalse(process.isRunning(), "nothing of a suspended process is dispatched");
        assertTrue(process.isActive(), "its leased tasks still settle");
        process.resume(NOW);
        record(process, ProcessTransition.RESUMPTION);
        assertTrue(process.isRunning());
    }

    @Test
    void aSuspendedProcessWhoseLastLeasedTaskFinishesCompletesOrFails() {
        ProcessInstance completing = running();
        completing.suspend(NOW);
        completing.taskClosed(NOW);
        assertTrue(completing.readyToComplete(true));
        completing.complete("1", NOW);
        record(completing, ProcessTransition.RESULT_RESOLVED_WHILE_SUSPENDED);

        ProcessInstance failing = running();
        failing.suspend(NOW);
        failing.fail(new TaskError("boom", "x", null, false, "t"), "a#1", NOW);
        record(failing, ProcessTransition.FAILURE_WHILE_SUSPENDED);
    }

    @Test
    void aRunningOrSuspendedProcessCanBeCancelledWithItsReason() {
        ProcessInstance running = running();
        running.cancel(new TaskError("cancelled", "by ops: duplicate order", null, false, null), NOW);
        record(running, ProcessTransition.CANCELLATION);
        assertEquals("cancelled", running.errorType());
        assertEquals(NOW, running.endedAt());

        ProcessInstance suspended = running();
        suspended.suspend(NOW);
        suspended.cancel(new TaskError("cancelled", "by ops", null, false, null), NOW);
        record(suspended, ProcessTransition.CANCELLATION_WHILE_SUSPENDED);
    }

    @Test
    void aFailedProcessIsRestartedWithItsTasksOpenAgainOrAbandoned() {
        ProcessInstance restarted = running();
        restarted.fail(new TaskError("boom", "x", null, false, "t"), "a#1", NOW);
        restarted.restart(2, NOW);
        record(restarted, ProcessTransition.RESTART);
        assertEquals(2, restarted.openTasks());
        assertNull(restarted.error());
        assertNull(restarted.errorType());
        assertNull(restarted.endedAt());

        ProcessInstance abandoned = running();
        abandoned.fail(new TaskError("boom", "x", null, false, "t"), "a#1", NOW);
        abandoned.abandon(NOW);
        record(abandoned, ProcessTransition.ABANDONMENT);
        assertEquals("boom", abandoned.errorType(), "the failure stays recorded");
    }

    @Test
    void theDeadlinePassesOnlyForAnUnfinishedProcess() {
        ProcessInstance process = running();
        process.deadline(NOW.plusSeconds(60), DeadlineAction.CANCEL);
        assertFalse(process.deadlinePassed(NOW.plusSeconds(59)));
        assertTrue(process.deadlinePassed(NOW.plusSeconds(60)));
        process.complete("1", NOW);
        assertFalse(process.deadlinePassed(NOW.plusSeconds(61)));
    }

    private static void record(ProcessInstance process, ProcessTransition expected) {
        assertEquals(expected, process.lastTransition());
        assertEquals(expected.to(), process.state());
        VISITED.add(expected);
    }

    @Test
    void aFinishedProcessCannotMoveAgain() {
        ProcessInstance process = running();
        process.complete("1", NOW);
        assertThrows(IllegalStateException.class, () -> process.fail(new TaskError("x", "y", null, false, null), null, NOW));
        assertThrows(IllegalStateException.class, () -> process.suspend(NOW));
        assertThrows(IllegalStateException.class, () -> process.restart(0, NOW));
        assertFalse(process.readyToComplete(true));
    }
}
