package dev.baton.engine.task;

import dev.baton.domain.common.Ids;
import dev.baton.domain.common.NotFoundException;
import dev.baton.domain.process.ProcessInstance;
import dev.baton.domain.process.ProcessRepository;
import dev.baton.domain.task.Task;
import dev.baton.domain.task.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Loads a task under its process's lock. Every change to a process's tasks takes the process row lock
 * first, so concurrent completions in one process apply one after the other and never lose an update.
 */
@ApplicationScoped
public class TaskLocking {

    @Inject
    TaskRepository tasks;

    @Inject
    ProcessRepository processes;

    public LockedTask lock(String taskId) {
        return tryLock(taskId).orElseThrow(() -> new NotFoundException("unknown-task", "There is no task " + taskId + "."));
    }

    /**
     * Locks the task's process; {@code knownProcessId} (from the lease, when there is one) saves the
     * lookup of the process id. A wrong hint is harmless: the task must belong to the locked process.
     */
    public LockedTask lock(String taskId, String knownProcessId) {
        if (knownProcessId != null && Ids.isWellFormed(taskId)) {
            Optional<ProcessInstance> process = processes.lock(knownProcessId);
            Optional<Task> task = tasks.find(taskId);
            if (process.isPresent() && task.isPresent() && task.get().processId().equals(knownProcessId)) {
                return new LockedTask(process.get(), task.get());
            }
        }
        return lock(taskId);
    }

    public Optional<LockedTask> tryLock(String taskId) {
        if (!Ids.isWellFormed(taskId)) {
            return Optional.empty();
        }
        Optional<String> processId = tasks.processIdOf(taskId);
        if (processId.isEmpty()) {
            return Optional.empty();
        }
        ProcessInstance process = processes.lock(processId.get()).orElseThrow();
        Task task = tasks.find(taskId).orElseThrow();
        return Optional.of(new LockedTask(process, task));
    }
}
