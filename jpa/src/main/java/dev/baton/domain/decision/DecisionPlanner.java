package dev.baton.domain.decision;

import dev.baton.domain.common.ActorName;
import dev.baton.domain.common.Ids;
import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.task.TaskType;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks a decision completely before anything is stored, so a bad decision changes nothing: refs are
 * unique, every promise names a ref of this decision or an existing task id, and the new tasks form no
 * cycle. Then assigns ids and rewrites refs to ids.
 */
public final class DecisionPlanner {

    private static final String INVALID = "invalid-decision";
    private static final int MAX_EVENT_NAME = 150;
    /** Delays and start deadlines are bounded at a year: a longer wait is a schedule, not a task. */
    static final int MAX_DELAY_SECONDS = 366 * 86_400;

    private final int maxTasks;
    private final Supplier<String> ids;

    public DecisionPlanner(int maxTasks) {
        this(maxTasks, Ids::newId);
    }

    /** {@code ids} supplies the new tasks' ids (the engine makes them carry its clock's time). */
    public DecisionPlanner(int maxTasks, Supplier<String> ids) {
        this.maxTasks = maxTasks;
        this.ids = ids;
    }

    /**
     * Checks and plans a decision made by task {@code deciderId}. A decision may not promise on its own
     * task: the decider's value is what the decision is about to define, so such a promise could never
     * resolve.
     */
    public DecisionPlan plan(Decision decision, String deciderId) {
        DecisionPlan plan = plan(decision);
        if (plan.existingReferences().contains(deciderId)) {
            throw new InvalidInputException(INVALID, "The decision promises on its own task " + deciderId
                    + ", whose value it is about to define; that promise could never resolve.");
        }
        return plan;
    }

    public DecisionPlan plan(Decision decision) {
        List<DecisionTask> tasks = decision.tasks();
        if (tasks.size() > maxTasks) {
            throw new InvalidInputException("too-many-tasks",
                    "A decision may create at most " + maxTasks + " tasks; this one has " + tasks.size() + ".");
        }
        Map<String, String> idByRef = new LinkedHashMap<>();
        for (DecisionTask task : tasks) {
            checkRef(task.ref());
            checkTarget(task);
            checkTiming(task);
            if (idByRef.put(task.ref(), ids.get()) != null) {
                throw new InvalidInputException(INVALID, "Ref '" + task.ref() + "' is used by more than one task.");
            }
        }
        Set<String> existing = new LinkedHashSet<>();
        Map<String, Set<String>> refsByRef = new HashMap<>();
        for (DecisionTask task : tasks) {
            Set<String> refs = Promises.references(task.args());
            refsByRef.put(task.ref(), refs);
            for (String ref : refs) {
                classify(ref, idByRef, existing, "Task '" + task.ref() + "'");
            }
        }
        Set<String> resultRefs = Promises.references(decision.result());
        for (String ref : resultRefs) {
            classify(ref, idByRef, existing, "The decision's result");
        }
        rejectCycles(tasks, refsByRef, idByRef);

        List<PlannedTask> planned = tasks.stream().map(task -> {
            Set<String> dependsOn = new LinkedHashSet<>();
            refsByRef.get(task.ref()).forEach(ref -> dependsOn.add(idByRef.getOrDefault(ref, ref)));
            return new PlannedTask(idByRef.get(task.ref()), task,
                    Promises.renameReferences(task.args(), ref -> idByRef.getOrDefault(ref, ref)), dependsOn);
        }).toList();
        Set<String> resultDependsOn = new LinkedHashSet<>();
        resultRefs.forEach(ref -> resultDependsOn.add(idByRef.getOrDefault(ref, ref)));
        return new DecisionPlan(planned,
                Promises.renameReferences(decision.result(), ref -> idByRef.getOrDefault(ref, ref)),
                resultDependsOn, existing);
    }

    /** A worker or decider names a valid actor; an event task names its event and nothing to dispatch to. */
    private static void checkTarget(DecisionTask task) {
        if (task.type() == TaskType.EVENT) {
            if (task.eventName() == null || task.eventName().isBlank() || task.eventName().length() > MAX_EVENT_NAME) {
                throw new InvalidInputException(INVALID, "Event task '" + task.ref() + "' needs a name of 1 to "
                        + MAX_EVENT_NAME + " characters.");
            }
            if (task.actor() != null || task.method() != null || task.retry() != null
                    || task.scheduleToStartSeconds() != null) {
                throw new InvalidInputException(INVALID, "Event task '" + task.ref()
                        + "' is completed by its event: it takes no actor, method, retry or scheduleToStartSeconds.");
            }
            return;
        }
        if (task.eventName() != null) {
            throw new InvalidInputException(INVALID, "Task '" + task.ref() + "' has a name, which only event tasks have.");
        }
        ActorName.parse(task.actor());
        if (task.method() != null && (task.method().isBlank() || task.method().length() > 200)) {
            throw new InvalidInputException(INVALID, "Task '" + task.ref() + "' has a method name that is empty or over 200 characters.");
        }
    }

    private static void checkTiming(DecisionTask task) {
        if (task.delaySeconds() != null && (task.delaySeconds() < 0 || task.delaySeconds() > MAX_DELAY_SECONDS)) {
            throw new InvalidInputException("invalid-field", "delaySeconds of task '" + task.ref()
                    + "' must be between 0 and " + MAX_DELAY_SECONDS + ".");
        }
        if (task.scheduleToStartSeconds() != null
                && (task.scheduleToStartSeconds() < 1 || task.scheduleToStartSeconds() > MAX_DELAY_SECONDS)) {
            throw new InvalidInputException("invalid-field", "scheduleToStartSeconds of task '" + task.ref()
                    + "' must be between 1 and " + MAX_DELAY_SECONDS + ".");
        }
    }

    private static void checkRef(String ref) {
        if (ref == null || ref.isBlank()) {
            throw new InvalidInputException(INVALID, "Every decision task needs a non-empty ref.");
        }
        if (ref.length() > 200) {
            throw new InvalidInputException(INVALID, "A ref must be at most 200 characters.");
        }
    }

    private static void classify(String ref, Map<String, String> idByRef, Set<String> existing, String where) {
        if (idByRef.containsKey(ref)) {
            return;
        }
        if (Ids.isWellFormed(ref)) {
            existing.add(ref);
            return;
        }
        throw new InvalidInputException(INVALID,
                where + " promises on '" + ref + "', which is neither a ref in this decision nor a task id.");
    }

    /** Kahn's algorithm over the new tasks; whatever cannot be ordered lies on a cycle. */
    private static void rejectCycles(List<DecisionTask> tasks, Map<String, Set<String>> refsByRef,
                                     Map<String, String> idByRef) {
        Map<String, Integer> inDegree = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        for (DecisionTask task : tasks) {
            int degree = 0;
            for (String ref : refsByRef.get(task.ref())) {
                if (idByRef.containsKey(ref)) {
                    degree++;
                    dependents.computeIfAbsent(ref, k -> new java.util.ArrayList<>()).add(task.ref());
                }
            }
            inDegree.put(task.ref(), degree);
        }
        Deque<String> free = new ArrayDeque<>();
        inDegree.forEach((ref, degree) -> {
            if (degree == 0) {
                free.add(ref);
            }
        });
        Set<String> ordered = new HashSet<>();
        while (!free.isEmpty()) {
            String ref = free.poll();
            ordered.add(ref);
            for (String dependent : dependents.getOrDefault(ref, List.of())) {
                if (inDegree.merge(dependent, -1, Integer::sum) == 0) {
                    free.add(dependent);
                }
            }
        }
        if (ordered.size() < tasks.size()) {
            List<String> onCycle = tasks.stream().map(DecisionTask::ref).filter(r -> !ordered.contains(r)).toList();
            throw new InvalidInputException(INVALID, "The decision's tasks wait on each other in a cycle: " + onCycle + ".");
        }
    }
}
