package dev.baton.domain.process;

import dev.baton.domain.task.TaskError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        process.fail(new TaskError("boom", "it broke", null, false, "t9"), NOW);
        assertEquals(ProcessState.FAILED, process.state());
        assertEquals(0, process.openTasks());
        assertTrue(process.error().contains("\"taskId\":\"t9\""));
        VISITED.add(process.lastTransition());
    }

    @Test
    void aFinishedProcessCannotMoveAgain() {
        ProcessInstance process = running();
        process.complete("1", NOW);
        assertThrows(IllegalStateException.class, () -> process.fail(new TaskError("x", "y", null, false, null), NOW));
        assertFalse(process.readyToComplete(true));
    }
}
