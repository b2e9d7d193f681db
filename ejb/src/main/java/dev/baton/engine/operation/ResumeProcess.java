package dev.baton.engine.operation;

import dev.baton.domain.history.HistoryEntry;
import dev.baton.domain.history.HistoryKind;
import dev.baton.domain.history.HistoryRepository;
import dev.baton.domain.process.ProcessInstance;
import dev.baton.domain.process.ProcessState;
import dev.baton.domain.task.Task;
import dev.baton.domain.task.TaskRepository;
import dev.baton.engine.dispatch.Effects;
import dev.baton.engine.task.Settlement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A suspended process runs again: its ready tasks are queued, except those still leased from before the
 * suspension, and their schedule-to-start bounds count from now, since nobody could pick them up meanwhile.
 * Due retries and delayed tasks are promoted by the next tick.
 */
@ApplicationScoped
public class ResumeProcess implements ProcessOperation {

    @Inject
    TaskRepository tasks;

    @Inject
    HistoryRepository history;

    @Inject
    Settlement settlement;

    @Override
    public String name() {
        return "resume";
    }

    @Override
    public String refusal(ProcessInstance process, OperationRequest request) {
        return process.state() == ProcessState.SUSPENDED ? null
                : "Process " + process.id() + " is " + process.state() + "; only a suspended process can be resumed.";
    }

    @Override
    public void apply(ProcessInstance process, OperationRequest request, Effects effects) {
        process.resume(request.now());
        for (Task ready : tasks.readyOfProcess(process.id())) {
            ready.waitAgainForPickUp(request.now());
            effects.requeue(settlement.payloadOf(ready));
        }
        history.append(HistoryEntry.ofProcess(process.id(), HistoryKind.PROCESS_RESUMED, request.now(),
                process.actor(), request.byWhom()));
    }
}
