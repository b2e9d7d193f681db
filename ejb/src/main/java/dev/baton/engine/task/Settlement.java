package dev.baton.engine.task;

import dev.baton.domain.common.JsonText;
import dev.baton.domain.history.HistoryEntry;
import dev.baton.domain.history.HistoryKind;
import dev.baton.domain.history.HistoryRepository;
import dev.baton.domain.process.ProcessInstance;
import dev.baton.domain.task.Task;
import dev.baton.domain.task.TaskError;
import dev.baton.domain.task.TaskRepository;
import dev.baton.domain.task.TaskState;
import dev.baton.engine.dispatch.Effects;
import dev.baton.engine.dispatch.TaskPayload;
import dev.baton.engine.process.ProcessEnded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * The rules that follow a task's settlement, shared by every command. Callers hold the process lock.
 * <ul>
 *   <li>A completed task releases one promise of each task waiting on it; a waiting task whose promises
 *       are all resolved becomes ready; a resolving decider whose result promises are resolved completes.</li>
 *   <li>A task that failed for good fails the resolving deciders whose result depends on it; its failure
 *       is accepted only if every other task waiting on it declared {@code acceptFail}. Otherwise, or when
 *       nothing waits on it, the process fails and its unfinished tasks are cancelled.</li>
 *   <li>The process completes when its start task has completed and no task is left open.</li>
 * </ul>
 */
@ApplicationScoped
public class Settlement {

    @Inject
    TaskRepository tasks;

    @Inject
    HistoryRepository history;

    @Inject
    PromiseValues promiseValues;

    @Inject
    Event<ProcessEnded> processEnded;

    public void completed(ProcessInstance process, Task task, Effects effects, Instant now) {
        process.taskClosed(now);
        for (Task dependent : tasks.dependentsOf(task.id())) {
            if (!process.isRunning()) {
                return;
            }
            if (dependent.state() == TaskState.WAITING && dependent.releaseDependency()) {
                makeReady(dependent, effects, now);
            } else if (dependent.state() == TaskState.RESOLVING && dependent.releaseDependency()) {
                dependent.resolveResult(JsonText.write(promiseValues.resolve(JsonText.parse(dependent.result()))), now);
                history.append(HistoryEntry.ofTask(dependent, HistoryKind.TASK_COMPLETED, now, "result promise resolved"));
                completed(process, dependent, effects, now);
            }
        }
        completeProcessIfDone(process, now);
    }

    public void failed(ProcessInstance process, Task task, Effects effects, Instant now) {
        process.taskClosed(now);
        // A forwarded failure keeps the id of the task where it started: that is the one to repair.
        TaskError recorded = TaskError.fromJsonText(task.error());
        TaskError cause = recorded.taskId() != null ? recorded : recorded.withTask(task.id());
        history.append(HistoryEntry.ofTask(task, HistoryKind.TASK_FAILED, now, cause.type() + ": " + cause.message()));
        List<Task> dependents = tasks.dependentsOf(task.id());
        boolean accepted = !dependents.isEmpty() && !task.id().equals(process.startTaskId());
        for (Task dependent : dependents) {
            if (!process.isRunning()) {
                return;
            }
            if (dependent.state() == TaskState.RESOLVING) {
                dependent.failWithResultPromise(cause, now);
                failed(process, dependent, effects, now);
            } else if (dependent.state() == TaskState.WAITING && dependent.acceptFail()) {
                if (dependent.releaseDependency()) {
                    makeReady(dependent, effects, now);
                }
            } else if (!dependent.state().isTerminal()) {
                accepted = false;
            }
        }
        if (!accepted && process.isRunning()) {
            failProcess(process, cause, effects, now);
        }
        completeProcessIfDone(process, now);
    }

    public void makeReady(Task task, Effects effects, Instant now) {
        task.becomeReady(now);
        effects.enqueue(payloadOf(task));
    }

    /** The queue entry of a ready task, its promises replaced by values. */
    public TaskPayload payloadOf(Task task) {
        return new TaskPayload(task.id(), task.processId(), task.actor(), task.type().wireName(), task.method(),
                promiseValues.resolve(JsonText.parse(task.args())), task.attempt(), task.timeoutSeconds(),
                task.readyAt());
    }

    public void failProcess(ProcessInstance process, TaskError cause, Effects effects, Instant now) {
        process.fail(cause, now);
        history.append(HistoryEntry.ofProcess(process.id(), HistoryKind.PROCESS_FAILED, now, process.actor(),
                cause.type() + ": " + cause.message()));
        for (Task open : tasks.unfinishedOfProcess(process.id())) {
            open.cancel(now);
            effects.forget(open.id());
            history.append(HistoryEntry.ofTask(open, HistoryKind.TASK_CANCELLED, now, "process failed"));
        }
        processEnded.fire(ProcessEnded.of(process));
    }

    public void completeProcessIfDone(ProcessInstance process, Instant now) {
        if (!process.isRunning() || process.openTasks() > 0) {
            return;
        }
        Task start = tasks.find(process.startTaskId()).orElseThrow();
        if (process.readyToComplete(start.state() == TaskState.COMPLETED)) {
            process.complete(start.result(), now);
            history.append(HistoryEntry.ofProcess(process.id(), HistoryKind.PROCESS_COMPLETED, now, process.actor(), null));
            processEnded.fire(ProcessEnded.of(process));
        }
    }
}
