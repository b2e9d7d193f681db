package dev.baton.engine.operation;

import dev.baton.domain.process.ProcessInstance;
import dev.baton.domain.task.TaskError;
import dev.baton.engine.dispatch.Effects;
import dev.baton.engine.task.Settlement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Ends an unfinished process for good: its unfinished tasks are cancelled, queued ones are dropped, leases
 * released, and any later completion of its tasks is refused (409 {@code task-not-active}). The reason is
 * kept as the process's error, of type {@code cancelled}.
 */
@ApplicationScoped
public class CancelProcess implements ProcessOperation {

    public static final String ERROR_TYPE = "cancelled";

    @Inject
    Settlement settlement;

    @Override
    public String name() {
        return "cancel";
    }

    @Override
    public String refusal(ProcessInstance process, OperationRequest request) {
        return process.isActive() ? null
                : "Process " + process.id() + " is " + process.state() + "; only an unfinished process can be cancelled.";
    }

    @Override
    public void apply(ProcessInstance process, OperationRequest request, Effects effects) {
        settlement.cancelProcess(process, new TaskError(ERROR_TYPE, "Cancelled " + request.byWhom(), null, false, null),
                effects, request.now());
    }
}
