package dev.baton.domain.decision;

import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.JsonText;
import dev.baton.domain.task.TaskType;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionPlannerTest {

    private static final String EXISTING = "0190f7a4-0000-7000-8000-000000000001";

    private final AtomicInteger counter = new AtomicInteger();
    private final DecisionPlanner planner = new DecisionPlanner(10, () -> "id-" + counter.incrementAndGet());

    private static DecisionTask task(String ref, String args) {
        return new DecisionTask(ref, "work.Step#1", TaskType.WORKER, null, (JsonArray) JsonText.parse(args), null, null, false);
    }

    private static JsonValue json(String text) {
        return JsonText.parse(text);
    }

    @Test
    void aSequenceGetsIdsAndItsPromisesRewrittenToThem() {
        DecisionPlan plan = planner.plan(new Decision(List.of(
                task("a", "[1]"),
                task("b", "[{\"$promise\":\"a\"}]"),
                task("c", "[{\"$promise\":\"b\"}]")), json("{\"$promise\":\"c\"}")));
        assertEquals(List.of("id-1", "id-2", "id-3"), plan.tasks().stream().map(PlannedTask::id).toList());
        assertEquals(json("[{\"$promise\":\"id-1\"}]"), plan.tasks().get(1).args());
        assertEquals(Set.of("id-2"), plan.tasks().get(2).dependsOn());
        assertEquals(json("{\"$promise\":\"id-3\"}"), plan.result());
        assertEquals(Set.of("id-3"), plan.resultDependsOn());
        assertTrue(plan.existingReferences().isEmpty());
    }

    @Test
    void aFanInWaitsOnEveryBranch() {
        DecisionPlan plan = planner.plan(new Decision(List.of(
                task("x", "[]"), task("y", "[]"),
                task("join", "[{\"$promises\":[\"x\",\"y\"]}]")), JsonValue.NULL));
        assertEquals(Set.of("id-1", "id-2"), plan.tasks().get(2).dependsOn());
    }

    @Test
    void promisesOnExistingTaskIdsAreReportedForChecking() {
        DecisionPlan plan = planner.plan(new Decision(List.of(task("a", "[{\"$promise\":\"" + EXISTING + "\"}]")),
                json("{\"$promise\":\"" + EXISTING + "\"}")));
        assertEquals(Set.of(EXISTING), plan.existingReferences());
        assertEquals(Set.of(EXISTING), plan.tasks().get(0).dependsOn());
    }

    @Test
    void anUnknownRefIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> planner.plan(new Decision(List.of(task("a", "[{\"$promise\":\"nope\"}]")), null)));
        assertEquals("invalid-decision", e.problemType());
        assertTrue(e.getMessage().contains("nope"));
    }

    @Test
    void aResultPromisingOnAnUnknownRefIsRefused() {
        assertThrows(InvalidInputException.class, () -> planner.plan(new Decision(List.of(), json("{\"$promise\":\"ghost\"}"))));
    }

    @Test
    void aCycleIsRefusedAndNamesItsTasks() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> planner.plan(new Decision(List.of(
                task("free", "[]"),
                task("a", "[{\"$promise\":\"b\"}]"),
                task("b", "[{\"$promise\":\"a\"}]")), null)));
        assertTrue(e.getMessage().contains("[a, b]"), e.getMessage());
    }

    @Test
    void aTaskWaitingOnItselfIsACycle() {
        assertThrows(InvalidInputException.class,
                () -> planner.plan(new Decision(List.of(task("a", "[{\"$promise\":\"a\"}]")), null)));
    }

    @Test
    void duplicateRefsAreRefused() {
        assertThrows(InvalidInputException.class,
                () -> planner.plan(new Decision(List.of(task("a", "[]"), task("a", "[]")), null)));
    }

    @Test
    void moreTasksThanTheCapAreRefused() {
        List<DecisionTask> many = java.util.stream.IntStream.range(0, 11).mapToObj(i -> task("t" + i, "[]")).toList();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> planner.plan(new Decision(many, null)));
        assertEquals("too-many-tasks", e.problemType());
    }

    @Test
    void aBadActorNameIsRefused() {
        DecisionTask bad = new DecisionTask("a", "no-version", TaskType.WORKER, null, JsonValue.EMPTY_JSON_ARRAY, null, null, false);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> planner.plan(new Decision(List.of(bad), null)));
        assertEquals("invalid-actor", e.problemType());
    }

    @Test
    void aDecisionCannotPromiseOnItsOwnTask() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> planner.plan(new Decision(List.of(), json("{\"$promise\":\"" + EXISTING + "\"}")), EXISTING));
        assertTrue(e.getMessage().contains("own task"), e.getMessage());
    }

    @Test
    void anOverlongMethodNameIsRefused() {
        DecisionTask task = new DecisionTask("a", "work.Step#1", TaskType.DECIDER, "m".repeat(201),
                JsonValue.EMPTY_JSON_ARRAY, null, null, false);
        assertThrows(InvalidInputException.class, () -> planner.plan(new Decision(List.of(task), null)));
    }

    private static DecisionTask event(String ref, String name, String actor) {
        return new DecisionTask(ref, actor, TaskType.EVENT, null, name, JsonValue.EMPTY_JSON_ARRAY, null, 60, false,
                null, null, null);
    }

    @Test
    void anEventTaskNeedsANameAndNoActor() {
        planner.plan(new Decision(List.of(event("paid", "payment-received", null)), null));
        InvalidInputException nameless = assertThrows(InvalidInputException.class,
                () -> planner.plan(new Decision(List.of(event("paid", " ", null)), null)));
        assertEquals("invalid-decision", nameless.problemType());
        InvalidInputException withActor = assertThrows(InvalidInputException.class,
                () -> planner.plan(new Decision(List.of(event("paid", "payment-received", "work.Step#1")), null)));
        assertTrue(withActor.getMessage().contains("takes no actor"), withActor.getMessage());
    }

    @Test
    void onlyEventTasksHaveANameAndDelaysMustBeInRange() {
        DecisionTask named = new DecisionTask("a", "work.Step#1", TaskType.WORKER, null, "x", JsonValue.EMPTY_JSON_ARRAY,
                null, null, false, null, null, null);
        assertThrows(InvalidInputException.class, () -> planner.plan(new Decision(List.of(named), null)));
        DecisionTask negative = new DecisionTask("a", "work.Step#1", TaskType.WORKER, null, null,
                JsonValue.EMPTY_JSON_ARRAY, null, null, false, -1, null, null);
        assertEquals("invalid-field", assertThrows(InvalidInputException.class,
                () -> planner.plan(new Decision(List.of(negative), null))).problemType());
        DecisionTask noStartBound = new DecisionTask("a", "work.Step#1", TaskType.WORKER, null, null,
                JsonValue.EMPTY_JSON_ARRAY, null, null, false, null, null, 0);
        assertThrows(InvalidInputException.class, () -> planner.plan(new Decision(List.of(noStartBound), null)));
    }
}
