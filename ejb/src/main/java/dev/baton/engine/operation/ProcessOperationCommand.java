package dev.baton.engine.operation;

import dev.baton.domain.common.ConflictException;
import dev.baton.domain.common.Ids;
import dev.baton.domain.common.NotFoundException;
import dev.baton.domain.process.ProcessInstance;
import dev.baton.domain.process.ProcessRepository;
import dev.baton.engine.audit.AuditLog;
import dev.baton.engine.dispatch.Effects;
import dev.baton.engine.process.ProcessView;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * One operation on one process, in one transaction with its audit entry: lock the process, refuse with
 * 409 {@code operation-not-applicable} when the process's state does not allow it, apply, record.
 */
@Stateless
public class ProcessOperationCommand {

    @Inject
    ProcessRepository processes;

    @Inject
    AuditLog audit;

    public OperationOutcome execute(String processId, ProcessOperation operation, OperationRequest request) {
        ProcessInstance process = lock(processId);
        String refusal = operation.refusal(process, request);
        if (refusal != null) {
            throw new ConflictException("operation-not-applicable", refusal);
        }
        Effects effects = new Effects();
        operation.apply(process, request, effects);
        audit.record(request.operator(), "process." + operation.name(), processId, 1,
                request.taskId() == null ? request.reason() : "task " + request.taskId()
                        + (request.editedArgs() == null ? "" : " with edited args")
                        + (request.reason() == null ? "" : "; " + request.reason()));
        return new OperationOutcome(ProcessView.of(process), effects);
    }

    private ProcessInstance lock(String processId) {
        NotFoundException unknown = new NotFoundException("unknown-process", "There is no process " + processId + ".");
        if (!Ids.isWellFormed(processId)) {
            throw unknown;
        }
        return processes.lock(processId).orElseThrow(() -> unknown);
    }
}
