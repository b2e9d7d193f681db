package dev.baton.engine.operation;

import dev.baton.domain.history.HistoryEntry;
import dev.baton.domain.history.HistoryKind;
import dev.baton.domain.history.HistoryRepository;
import dev.baton.domain.process.ProcessInstance;
import dev.baton.domain.process.ProcessState;
import dev.baton.domain.task.Task;
import dev.baton.domain.task.TaskRepository;
import dev.baton.engine.dispatch.Effects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Nothing new of the process is dispatched: its queued tasks leave the queues (they stay ready in the
 * database), and tasks that become ready meanwhile are not queued. Tasks already leased may finish, and
 * their results are accepted. A task handed out in the very moment of suspension counts as leased.
 */
@ApplicationScoped
public class SuspendProcess implements ProcessOperation {

    @Inject
    TaskRepository tasks;

    @Inject
    HistoryRepository history;

    @Override
    public String name() {
        return "suspend";
    }

    @Override
    public String refusal(ProcessInstance process, OperationRequest request) {
        return process.state() == ProcessState.RUNNING ? null
                : "Process " + process.id() + " is " + process.state() + "; only a running process can be suspended.";
    }

    @Override
    public void apply(ProcessInstance process, OperationRequest request, Effects effects) {
        process.suspend(request.now());
        for (Task ready : tasks.readyOfProcess(process.id())) {
            effects.unqueue(ready.id());
        }
        history.append(HistoryEntry.ofProcess(process.id(), HistoryKind.PROCESS_SUSPENDED, request.now(),
                process.actor(), request.byWhom()));
    }
}
