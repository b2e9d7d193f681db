package dev.baton.engine.task;

import dev.baton.domain.common.EngineException;
import dev.baton.domain.common.Ids;
import dev.baton.domain.common.NotFoundException;
import dev.baton.domain.process.ProcessInstance;
import dev.baton.domain.process.ProcessRepository;
import dev.baton.domain.task.Task;
import dev.baton.domain.task.TaskRepository;
import dev.baton.engine.dispatch.Effects;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies one or many reported outcomes (results, decisions, failed attempts) in one transaction: the
 * processes involved are locked at once in id order, the tasks loaded at once, and each outcome applied in
 * the order given. An outcome the engine refuses (stale token, bad decision, ...) is answered on its own and
 * changes nothing, because the handlers refuse before they change anything; the others are applied and
 * committed together. So a worker reporting a batch pays for one transaction and one commit, not one each.
 */
@Stateless
public class ReportOutcomesCommand {

    @Inject
    ProcessRepository processes;

    @Inject
    TaskRepository tasks;

    @Inject
    CompleteTask complete;

    @Inject
    DecideTask decide;

    @Inject
    FailTask fail;

    /** What became of each outcome (null: accepted; otherwise why not), in order, and the effects to apply. */
    public record Report(List<EngineException> refusals, Effects effects) {
    }

    public Report execute(List<TaskOutcome> outcomes) {
        Map<String, String> processOf = new HashMap<>();
        for (TaskOutcome outcome : outcomes) {
            String process = outcome.processHint();
            if (process == null && Ids.isWellFormed(outcome.taskId())) {
                process = tasks.processIdOf(outcome.taskId()).orElse(null);
            }
            if (process != null) {
                processOf.put(outcome.taskId(), process);
            }
        }
        Map<String, ProcessInstance> locked = processes.lockAll(new TreeSet<>(processOf.values()));
        Map<String, Task> found = new HashMap<>();
        for (Task task : tasks.findAll(processOf.keySet())) {
            found.put(task.id(), task);
        }
        List<EngineException> refusals = new ArrayList<>(outcomes.size());
        Effects effects = new Effects();
        Set<String> touched = new HashSet<>();
        for (TaskOutcome outcome : outcomes) {
            Task task = found.get(outcome.taskId());
            ProcessInstance process = task == null ? null : locked.get(task.processId());
            if (process == null || !task.processId().equals(processOf.get(outcome.taskId()))) {
                refusals.add(new NotFoundException("unknown-task", "There is no task " + outcome.taskId() + "."));
                continue;
            }
            if (!touched.add(process.id())) {
                // An earlier outcome of this batch changed the same process; later queries must see its rows.
                tasks.flush();
            }
            try {
                effects.addAll(apply(new LockedTask(process, task), outcome));
                refusals.add(null);
            } catch (EngineException refused) {
                refusals.add(refused);
            }
        }
        return new Report(refusals, effects);
    }

    private Effects apply(LockedTask locked, TaskOutcome outcome) {
        if (outcome instanceof TaskOutcome.Completed completed) {
            return complete.apply(locked, completed);
        }
        if (outcome instanceof TaskOutcome.Decided decided) {
            return decide.apply(locked, decided);
        }
        return fail.apply(locked, (TaskOutcome.Failed) outcome);
    }
}
