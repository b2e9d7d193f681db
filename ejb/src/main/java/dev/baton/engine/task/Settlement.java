package dev.baton.engine.task;

import dev.baton.domain.common.JsonText;
import dev.baton.domain.event.EventRepository;
import dev.baton.domain.event.ProcessEvent;
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
import java.util.Optional;

/**
 * The rules that follow a task's settlement, shared by every command. Callers hold the process lock.
 * <ul>
 *   <li>A completed task releases one promise of each task waiting on it; a waiting task whose promises
 *       are all resolved arrives: it becomes ready (queued only while the process runs), scheduled (a start
 *       time in the future) or awaiting its event (taking an event that already waits in the mailbox); a
 *       resolving decider whose result promises are resolved completes.</li>
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
    EventRepository events;

    @Inject
    HistoryRepository history;

    @Inject
    PromiseValues promiseValues;

    @Inject
    Event<ProcessEnded> processEnded;

    public void completed(ProcessInstance process, Task task, Effects effects, Instant now) {
        process.taskClosed(now);
        for (Task dependent : tasks.dependentsOf(task.id())) {
            if (!process.isActive()) {
                return;
            }
            if (dependent.state() == TaskState.WAITING && dependent.releaseDependency()) {
                promisesResolved(process, dependent, effects, now);
            } else if (dependent.state() == TaskState.RESOLVING && dependent.releaseDependency()) {
                resultResolved(process, dependent, effects, now);
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
            if (!process.isActive()) {
                return;
            }
            if (dependent.state() == TaskState.RESOLVING) {
                dependent.failWithResultPromise(cause, now);
                failed(process, dependent, effects, now);
            } else if (dependent.state() == TaskState.WAITING && dependent.acceptFail()) {
                if (dependent.releaseDependency()) {
                    promisesResolved(process, dependent, effects, now);
                }
            } else if (!dependent.state().isTerminal()) {
                accepted = false;
            }
        }
        if (!accepted && process.isActive()) {
            failProcess(process, cause, effects, now);
        }
        completeProcessIfDone(process, now);
    }

    /** Every promise of a waiting task is resolved: it arrives in its next state. */
    public void promisesResolved(ProcessInstance process, Task task, Effects effects, Instant now) {
        task.becomeReady(now);
        arrived(process, task, effects, now);
    }

    /**
     * A task has just become ready, scheduled or awaiting its event (created, resolved, retried, restarted,
     * revived). A ready task is queued while its process runs; a suspended process's ready tasks are queued
     * when it resumes. An event task takes the oldest matching event waiting in the mailbox, if any.
     */
    public void arrived(ProcessInstance process, Task task, Effects effects, Instant now) {
        switch (task.state()) {
            case READY -> {
                if (process.isRunning()) {
                    effects.enqueue(payloadOf(task));
                }
            }
            case SCHEDULED -> history.append(HistoryEntry.ofTask(task, HistoryKind.TASK_SCHEDULED, now,
                    "due at " + task.readyAt()));
            case AWAITING_EVENT -> {
                history.append(HistoryEntry.ofTask(task, HistoryKind.TASK_AWAITING_EVENT, now,
                        "event '" + task.eventName() + "'" + (task.timing().waitDeadline() == null ? ""
                                : " until " + task.timing().waitDeadline())));
                Optional<ProcessEvent> waiting = events.oldestWaiting(task.processId(), task.eventName());
                if (waiting.isPresent()) {
                    // The task and the edges waiting on it may have been created in this very transaction.
                    tasks.flush();
                    eventArrived(process, task, waiting.get(), effects, now);
                }
            }
            default -> throw new IllegalStateException("Task " + task.id() + " did not arrive anywhere: " + task.state());
        }
    }

    /** The event task takes the event as its value, and whatever waited on it moves on. */
    public void eventArrived(ProcessInstance process, Task task, ProcessEvent event, Effects effects, Instant now) {
        event.consumeBy(task.id(), now);
        task.receiveEvent(event.payload(), now);
        history.append(HistoryEntry.ofTask(task, HistoryKind.TASK_EVENT_RECEIVED, now,
                "event '" + event.name() + "' received " + event.receivedAt()));
        completed(process, task, effects, now);
    }

    private void resultResolved(ProcessInstance process, Task decider, Effects effects, Instant now) {
        decider.resolveResult(JsonText.write(promiseValues.resolve(JsonText.parse(decider.result()))), now);
        history.append(HistoryEntry.ofTask(decider, HistoryKind.TASK_COMPLETED, now, "result promise resolved"));
        completed(process, decider, effects, now);
    }

    /** The queue entry of a ready task, its promises replaced by values. */
    public TaskPayload payloadOf(Task task) {
        return new TaskPayload(task.id(), task.processId(), task.actor(), task.type().wireName(), task.method(),
                promiseValues.resolve(JsonText.parse(task.args())), task.attempt(), task.timeoutSeconds(),
                task.readyAt());
    }

    /** Fails the process with the cause (whose {@code taskId} names the task to repair) and cancels the rest. */
    public void failProcess(ProcessInstance process, TaskError cause, Effects effects, Instant now) {
        String causeActor = cause.taskId() == null ? null : tasks.find(cause.taskId()).map(Task::actor).orElse(null);
        process.fail(cause, causeActor, now);
        history.append(HistoryEntry.ofProcess(process.id(), HistoryKind.PROCESS_FAILED, now, process.actor(),
                cause.type() + ": " + cause.message()));
        cancelOpenTasks(process, "process failed", effects, now);
        processEnded.fire(ProcessEnded.of(process));
    }

    /** Cancels an unfinished process (operator or deadline) and its unfinished tasks. */
    public void cancelProcess(ProcessInstance process, TaskError reason, Effects effects, Instant now) {
        process.cancel(reason, now);
        history.append(HistoryEntry.ofProcess(process.id(), HistoryKind.PROCESS_CANCELLED, now, process.actor(),
                reason.message()));
        cancelOpenTasks(process, "process cancelled", effects, now);
        processEnded.fire(ProcessEnded.of(process));
    }

    private void cancelOpenTasks(ProcessInstance process, String why, Effects effects, Instant now) {
        for (Task open : tasks.unfinishedOfProcess(process.id())) {
            open.cancel(now);
            effects.forget(open.id());
            history.append(HistoryEntry.ofTask(open, HistoryKind.TASK_CANCELLED, now, why));
        }
    }

    public void completeProcessIfDone(ProcessInstance process, Instant now) {
        if (!process.isActive() || process.openTasks() > 0) {
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
