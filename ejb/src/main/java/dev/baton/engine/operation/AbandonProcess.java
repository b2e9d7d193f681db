package dev.baton.engine.operation;

import dev.baton.domain.history.HistoryEntry;
import dev.baton.domain.history.HistoryKind;
import dev.baton.domain.history.HistoryRepository;
import dev.baton.domain.process.ProcessInstance;
import dev.baton.domain.process.ProcessState;
import dev.baton.engine.dispatch.Effects;
import dev.baton.engine.process.ProcessEnded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * An operator gives up on a failed process instead of repairing it: it becomes cancelled, so it no longer
 * counts among the broken ones; its failure stays recorded.
 */
@ApplicationScoped
public class AbandonProcess implements ProcessOperation {

    @Inject
    HistoryRepository history;

    @Inject
    Event<ProcessEnded> processEnded;

    @Override
    public String name() {
        return "abandon";
    }

    @Override
    public String refusal(ProcessInstance process, OperationRequest request) {
        return process.state() == ProcessState.FAILED ? null
                : "Process " + process.id() + " is " + process.state() + "; only a failed process can be abandoned.";
    }

    @Override
    public void apply(ProcessInstance process, OperationRequest request, Effects effects) {
        process.abandon(request.now());
        history.append(HistoryEntry.ofProcess(process.id(), HistoryKind.PROCESS_ABANDONED, request.now(),
                process.actor(), request.byWhom()));
        processEnded.fire(ProcessEnded.of(process));
    }
}
