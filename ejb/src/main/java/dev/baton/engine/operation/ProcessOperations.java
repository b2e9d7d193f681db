package dev.baton.engine.operation;

import dev.baton.domain.common.Ids;
import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.NotFoundException;
import dev.baton.domain.decision.Promises;
import dev.baton.domain.operation.BulkAction;
import dev.baton.domain.task.TaskRepository;
import dev.baton.engine.dispatch.Dispatcher;
import dev.baton.engine.process.ProcessView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;

import java.time.Clock;

/**
 * The operators' levers on single processes, as the API and the console call them. Each runs as one
 * command in its own transaction; its effects reach Hazelcast after the commit.
 */
@ApplicationScoped
public class ProcessOperations {

    @EJB
    ProcessOperationCommand command;

    @Inject
    SuspendProcess suspend;

    @Inject
    ResumeProcess resume;

    @Inject
    CancelProcess cancel;

    @Inject
    RestartProcess restart;

    @Inject
    AbandonProcess abandon;

    @Inject
    TaskRepository tasks;

    @Inject
    Dispatcher dispatcher;

    @Inject
    Clock clock;

    public ProcessView suspend(String processId, String operator, String reason) {
        return run(processId, suspend, OperationRequest.of(operator, reason, clock.instant()));
    }

    public ProcessView resume(String processId, String operator, String reason) {
        return run(processId, resume, OperationRequest.of(operator, reason, clock.instant()));
    }

    public ProcessView cancel(String processId, String operator, String reason) {
        return run(processId, cancel, OperationRequest.of(operator, reason, clock.instant()));
    }

    /** Restarts a failed process from the task that failed it. */
    public ProcessView restart(String processId, String operator, String reason) {
        return run(processId, restart, OperationRequest.of(operator, reason, clock.instant()));
    }

    public ProcessView abandon(String processId, String operator, String reason) {
        return run(processId, abandon, OperationRequest.of(operator, reason, clock.instant()));
    }

    /**
     * Restarts the failed task that failed its process, optionally with corrected arguments (values, no
     * promises); the process is restarted with it.
     */
    public ProcessView restartTask(String taskId, JsonArray editedArgs, String operator, String reason) {
        NotFoundException unknown = new NotFoundException("unknown-task", "There is no task " + taskId + ".");
        if (!Ids.isWellFormed(taskId)) {
            throw unknown;
        }
        String processId = tasks.processIdOf(taskId).orElseThrow(() -> unknown);
        if (editedArgs != null && !Promises.references(editedArgs).isEmpty()) {
            throw new InvalidInputException("invalid-args",
                    "Corrected arguments are values; they cannot hold promises.");
        }
        return run(processId, restart, new OperationRequest(operator, reason, taskId, editedArgs, clock.instant()));
    }

    /** The operation a bulk action applies to each process. */
    ProcessOperation operationFor(BulkAction action) {
        return switch (action) {
            case SUSPEND -> suspend;
            case RESUME -> resume;
            case CANCEL -> cancel;
            case RESTART -> restart;
            case ABANDON -> abandon;
        };
    }

    private ProcessView run(String processId, ProcessOperation operation, OperationRequest request) {
        OperationOutcome outcome = command.execute(processId, operation, request);
        dispatcher.apply(outcome.effects());
        return outcome.process();
    }
}
