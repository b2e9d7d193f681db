package dev.baton.domain.task;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where tasks and their promise edges are kept. */
public interface TaskRepository {

    Optional<Task> find(String id);

    /** The owning process of a task, read without loading or locking the task. */
    Optional<String> processIdOf(String taskId);

    List<Task> findAll(Collection<String> ids);

    void add(Task task);

    void addDependency(TaskDependency dependency);

    /** Writes pending changes now, for the rare query that must see edges created in the same transaction. */
    void flush();

    /** Every promise edge of the process's tasks (to recount what each waits on after a restart). */
    List<TaskDependency> dependenciesOfProcess(String processId);

    /** Ids of the tasks the given task holds stored edges to. */
    List<String> dependenciesOf(String taskId);

    /** Tasks that hold a stored edge to the given task. */
    List<Task> dependentsOf(String taskId);

    List<Task> ofProcess(String processId);

    List<Task> unfinishedOfProcess(String processId);

    /** Scheduled tasks of running processes whose time has come, oldest first (suspended ones wait). */
    List<String> dueScheduled(Instant now, int limit);

    /**
     * Ready tasks of running processes, oldest first, one page at a time; used to rebuild the in-memory
     * queues. Tasks of suspended processes are left out: nothing of theirs is dispatched.
     */
    List<Task> ready(Instant readyBefore, int offset, int limit);

    /** The ready tasks of one process (to queue them when it resumes). */
    List<Task> readyOfProcess(String processId);

    /**
     * Ready or event-awaiting tasks of running processes whose wait deadline has passed, earliest first.
     * A suspended process's waits are paused: its tasks are not dispatched, so they cannot be picked up.
     */
    List<String> waitsPastDeadline(Instant now, int limit);

    /** The oldest task of the process awaiting the named event. */
    Optional<Task> awaitingEvent(String processId, String eventName);
}
