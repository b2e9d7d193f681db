package dev.baton.engine.task;

import dev.baton.domain.common.Ids;
import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.JsonText;
import dev.baton.domain.decision.Decision;
import dev.baton.domain.decision.DecisionPlan;
import dev.baton.domain.decision.DecisionPlanner;
import dev.baton.domain.decision.DecisionTask;
import dev.baton.domain.decision.PlannedTask;
import dev.baton.domain.history.HistoryEntry;
import dev.baton.domain.history.HistoryKind;
import dev.baton.domain.history.HistoryRepository;
import dev.baton.domain.process.ProcessInstance;
import dev.baton.domain.task.Task;
import dev.baton.domain.task.TaskDependency;
import dev.baton.domain.task.TaskError;
import dev.baton.domain.task.TaskRepository;
import dev.baton.domain.task.TaskSpec;
import dev.baton.domain.task.TaskState;
import dev.baton.domain.task.TaskType;
import dev.baton.engine.config.EngineSettings;
import dev.baton.engine.dispatch.Effects;
import dev.baton.engine.dispatch.Lease;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A decider's decision: the new tasks are created with their promise edges, the ready ones are queued,
 * and the decider completes with its result or waits for the promises in it. The whole decision is
 * checked before anything is written, so a bad one leaves the task leased and retriable.
 */
@ApplicationScoped
public class DecideTask {

    private static final int MAX_CYCLE_WALK = 10_000;

    @Inject
    TaskRepository tasks;

    @Inject
    Settlement settlement;

    @Inject
    HistoryRepository history;

    @Inject
    PayloadLimits limits;

    @Inject
    PromiseValues promiseValues;

    @Inject
    EngineSettings settings;

    @Inject
    TaskDefaults defaults;

    @Inject
    Clock clock;

    /** Refuses (throws) before changing anything; see {@link ReportOutcomesCommand}. */
    public Effects apply(LockedTask locked, TaskOutcome.Decided outcome) {
        String taskId = outcome.taskId();
        Lease lease = outcome.lease();
        Decision decision = outcome.decision();
        ProcessInstance process = locked.process();
        Task decider = locked.task();
        decider.requireCurrentAttempt(outcome.attempt());
        if (decider.type() != TaskType.DECIDER) {
            throw new InvalidInputException("result-required",
                    "Task " + taskId + " is a worker task; complete it with a result, not a decision.");
        }
        Instant now = clock.instant();
        DecisionPlan plan = new DecisionPlanner(settings.decisionMaxTasks(), () -> Ids.newId(now)).plan(decision, decider.id());
        rejectCyclesThroughExistingTasks(plan, decider.id());
        Map<String, Task> existing = existingTasks(plan.existingReferences(), process.id());
        List<String> argsTexts = new ArrayList<>();
        for (PlannedTask planned : plan.tasks()) {
            argsTexts.add(limits.check("Arguments of task '" + planned.source().ref() + "'", planned.args()));
        }
        String resultTemplate = limits.check("The decision's result", plan.result());

        Effects effects = new Effects();
        String dispatch = DispatchRecord.record(decider, lease);
        List<Task> created = new ArrayList<>();
        for (int i = 0; i < plan.tasks().size(); i++) {
            created.add(create(plan.tasks().get(i), argsTexts.get(i), decider, existing, now));
        }
        process.tasksOpened(created.size(), now);
        history.append(HistoryEntry.ofTask(decider, HistoryKind.TASK_DECIDED, now, created.size() + " new tasks; " + dispatch));

        // The decider settles before its new tasks arrive: an event task may take a waiting event at once,
        // and its value must then reach a decider that already waits on it.
        List<String> unresolved = unresolved(plan.resultDependsOn(), existing);
        boolean deciderCompleted = unresolved.isEmpty();
        if (deciderCompleted) {
            decider.complete(JsonText.write(promiseValues.resolve(plan.result())), now);
            history.append(HistoryEntry.ofTask(decider, HistoryKind.TASK_COMPLETED, now, null));
        } else {
            decider.awaitResult(resultTemplate, unresolved.size());
            unresolved.forEach(id -> tasks.addDependency(new TaskDependency(decider.id(), id)));
        }
        for (Task task : created) {
            if (task.state() != TaskState.WAITING && task.state() != TaskState.COMPLETED && process.isActive()) {
                settlement.arrived(process, task, effects, now);
            }
        }
        if (deciderCompleted && process.isActive()) {
            settlement.completed(process, decider, effects, now);
        }
        failIfPromisedOnUnacceptedFailure(process, plan, existing, effects, now);
        effects.releaseLease(taskId);
        return effects;
    }

    private Task create(PlannedTask planned, String argsText, Task decider, Map<String, Task> existing, Instant now) {
        DecisionTask source = planned.source();
        List<String> unresolved = unresolved(planned.dependsOn(), existing);
        Task task = Task.create(defaults.specFor(source)
                .id(planned.id())
                .processId(decider.processId())
                .parentId(decider.id())
                .ref(source.ref())
                .args(argsText)
                .pendingDeps(unresolved.size())
                .build(), now);
        tasks.add(task);
        unresolved.forEach(id -> tasks.addDependency(new TaskDependency(task.id(), id)));
        history.append(HistoryEntry.ofTask(task, HistoryKind.TASK_CREATED, now, "ref " + source.ref()));
        return task;
    }

    /** Promises whose task is new in this decision or has not settled yet. */
    private static List<String> unresolved(Set<String> dependsOn, Map<String, Task> existing) {
        return dependsOn.stream().filter(id -> {
            Task known = existing.get(id);
            return known == null || !known.state().isTerminal();
        }).toList();
    }

    /**
     * Promising on an unfinished task that itself waits, directly or through others, on the deciding task
     * would close a cycle no value can ever break. Walks the stored promise edges from each such task.
     */
    private void rejectCyclesThroughExistingTasks(DecisionPlan plan, String deciderId) {
        Deque<String> frontier = new ArrayDeque<>(plan.existingReferences());
        Set<String> seen = new HashSet<>(frontier);
        while (!frontier.isEmpty() && seen.size() <= MAX_CYCLE_WALK) {
            for (String next : tasks.dependenciesOf(frontier.poll())) {
                if (next.equals(deciderId)) {
                    throw new InvalidInputException("invalid-decision", "The decision promises on a task that "
                            + "itself waits on the deciding task " + deciderId + "; that cycle could never resolve.");
                }
                if (seen.add(next)) {
                    frontier.add(next);
                }
            }
        }
    }

    private Map<String, Task> existingTasks(Set<String> ids, String processId) {
        Map<String, Task> found = new HashMap<>();
        for (Task task : tasks.findAll(ids)) {
            if (task.processId().equals(processId)) {
                found.put(task.id(), task);
            }
        }
        for (String id : ids) {
            if (!found.containsKey(id)) {
                throw new InvalidInputException("invalid-decision", "The decision promises on task " + id
                        + ", which is not a task of this process.");
            }
        }
        return found;
    }

    /**
     * A decision may promise on a task that already failed (or was cancelled). Without
     * {@code acceptFail} on the waiting task that failure is not handled by anyone: the process fails.
     */
    private void failIfPromisedOnUnacceptedFailure(ProcessInstance process, DecisionPlan plan,
                                                   Map<String, Task> existing, Effects effects, Instant now) {
        for (PlannedTask planned : plan.tasks()) {
            failIfUnaccepted(process, planned.dependsOn(), planned.source().acceptFail(), existing, effects, now);
        }
        failIfUnaccepted(process, plan.resultDependsOn(), false, existing, effects, now);
    }

    private void failIfUnaccepted(ProcessInstance process, Set<String> dependsOn, boolean acceptFail,
                                  Map<String, Task> existing, Effects effects, Instant now) {
        for (String id : dependsOn) {
            Task known = existing.get(id);
            if (known != null && known.state() != TaskState.COMPLETED && known.state().isTerminal()
                    && !(acceptFail && known.state() == TaskState.FAILED) && process.isRunning()) {
                TaskError cause = known.error() != null ? TaskError.fromJsonText(known.error()).withTask(id)
                        : new TaskError("dependency-cancelled", "Task " + id + " was cancelled", null, false, id);
                settlement.failProcess(process, cause, effects, now);
            }
        }
    }
}
