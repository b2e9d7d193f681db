package dev.baton.engine.operation;

import dev.baton.domain.history.HistoryEntry;
import dev.baton.domain.history.HistoryKind;
import dev.baton.domain.history.HistoryRepository;
import dev.baton.domain.process.ProcessInstance;
import dev.baton.domain.process.ProcessState;
import dev.baton.domain.task.Task;
import dev.baton.domain.task.TaskDependency;
import dev.baton.domain.task.TaskError;
import dev.baton.domain.task.TaskRepository;
import dev.baton.domain.task.TaskState;
import dev.baton.engine.dispatch.Effects;
import dev.baton.engine.task.PayloadLimits;
import dev.baton.engine.task.Settlement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Restarts a failed process from the task whose failure failed it, optionally with corrected arguments,
 * and brings back everything that failure took down, so the process continues as if the task had not
 * failed:
 * <ol>
 *   <li>the cause task runs again: a new attempt with a fresh retry budget;</li>
 *   <li>deciders whose result failed only because of it wait for their result again;</li>
 *   <li>tasks cancelled when the process failed come back, each waiting on whatever of its promises is
 *       unfinished again, or arriving at once when nothing is.</li>
 * </ol>
 * Tasks that completed, and failures that others accepted, stay as they are. A process failed by its
 * deadline has no cause task: its cancelled tasks come back and the deadline is dropped.
 */
@ApplicationScoped
public class RestartProcess implements ProcessOperation {

    @Inject
    TaskRepository tasks;

    @Inject
    HistoryRepository history;

    @Inject
    Settlement settlement;

    @Inject
    PayloadLimits limits;

    @Override
    public String name() {
        return "restart";
    }

    @Override
    public String refusal(ProcessInstance process, OperationRequest request) {
        if (process.state() != ProcessState.FAILED) {
            return "Process " + process.id() + " is " + process.state() + "; only a failed process can be restarted.";
        }
        if (request.taskId() != null && !request.taskId().equals(process.causeTaskId())) {
            return "Task " + request.taskId() + " is not the task whose failure failed process " + process.id()
                    + (process.causeTaskId() == null ? "" : "; that is task " + process.causeTaskId()) + ".";
        }
        if (request.editedArgs() != null && process.causeTaskId() == null) {
            return "Process " + process.id() + " failed without a failed task; there are no arguments to correct.";
        }
        Optional<Task> cause = process.causeTaskId() == null ? Optional.empty() : tasks.find(process.causeTaskId());
        if (process.causeTaskId() != null && (cause.isEmpty() || cause.get().state() != TaskState.FAILED)) {
            return "The task that failed process " + process.id() + " is no longer failed; it cannot be restarted.";
        }
        return null;
    }

    @Override
    public void apply(ProcessInstance process, OperationRequest request, Effects effects) {
        String causeId = process.causeTaskId();
        List<Task> all = tasks.ofProcess(process.id());
        Task cause = null;
        List<Task> reopened = new ArrayList<>();
        List<Task> revived = new ArrayList<>();
        for (Task task : all) {
            if (task.id().equals(causeId)) {
                cause = task;
            } else if (task.state() == TaskState.FAILED && causeId != null && forwardedFrom(task, causeId)) {
                reopened.add(task);
            } else if (task.state() == TaskState.CANCELLED) {
                revived.add(task);
            }
        }
        Set<String> unfinishedAgain = new HashSet<>();
        if (cause != null) {
            unfinishedAgain.add(cause.id());
        }
        reopened.forEach(t -> unfinishedAgain.add(t.id()));
        revived.forEach(t -> unfinishedAgain.add(t.id()));
        Map<String, Integer> pending = pendingPromises(process.id(), unfinishedAgain);

        process.restart(unfinishedAgain.size(), request.now());
        if (process.deadlinePassed(request.now())) {
            process.deadline(null, null);
        }
        history.append(HistoryEntry.ofProcess(process.id(), HistoryKind.PROCESS_RESTARTED, request.now(),
                process.actor(), (cause == null ? "" : "from task " + cause.id() + " ") + request.byWhom()));
        for (Task task : reopened) {
            task.reopenResult(pending.getOrDefault(task.id(), 0));
        }
        for (Task task : revived) {
            task.revive(pending.getOrDefault(task.id(), 0));
            history.append(HistoryEntry.ofTask(task, HistoryKind.TASK_REVIVED, request.now(), request.byWhom()));
        }
        if (cause != null) {
            String editedArgs = request.editedArgs() == null ? null : limits.check("args", request.editedArgs());
            cause.restart(editedArgs, request.now());
            history.append(HistoryEntry.ofTask(cause, HistoryKind.TASK_RESTARTED, request.now(),
                    (editedArgs == null ? "" : "with edited args " + editedArgs + " ") + request.byWhom()));
            settlement.arrived(process, cause, effects, request.now());
        }
        for (Task task : revived) {
            if (task.state() == TaskState.WAITING && task.pendingDeps() == 0 && process.isActive()) {
                settlement.promisesResolved(process, task, effects, request.now());
            }
        }
    }

    /** A decider whose result failed because of the cause task carries the cause's id in its error. */
    private static boolean forwardedFrom(Task task, String causeId) {
        TaskError error = TaskError.fromJsonText(task.error());
        return error != null && causeId.equals(error.taskId());
    }

    /** For each task coming back, how many of the tasks it waits on will be unfinished again. */
    private Map<String, Integer> pendingPromises(String processId, Set<String> unfinishedAgain) {
        Map<String, Integer> pending = new HashMap<>();
        for (TaskDependency edge : tasks.dependenciesOfProcess(processId)) {
            if (unfinishedAgain.contains(edge.taskId()) && unfinishedAgain.contains(edge.dependsOn())) {
                pending.merge(edge.taskId(), 1, Integer::sum);
            }
        }
        return pending;
    }
}
