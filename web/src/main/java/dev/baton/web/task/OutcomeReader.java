package dev.baton.web.task;

import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.task.TaskError;
import dev.baton.engine.task.TaskOutcome;
import dev.baton.engine.task.TaskService;
import dev.baton.domain.common.Fields;
import jakarta.json.JsonValue;

/** Reads one outcome of a batch report: {@code {taskId, token, result | decision | error}}. */
final class OutcomeReader {

    private OutcomeReader() {
    }

    static TaskService.OutcomeRequest read(Fields item) {
        item.allowOnly("taskId", "token", "result", "decision", "error");
        String taskId = item.requiredString("taskId");
        String token = item.requiredString("token");
        boolean hasResult = item.contains("result");
        Fields decision = item.object("decision");
        Fields error = item.object("error");
        int kinds = (hasResult ? 1 : 0) + (decision != null ? 1 : 0) + (error != null ? 1 : 0);
        if (kinds != 1) {
            throw new InvalidInputException("invalid-completion",
                    "Each outcome has exactly one of result (a worker), decision (a decider) or error (a failed attempt).");
        }
        if (decision != null) {
            var read = DecisionReader.read(decision);
            return new TaskService.OutcomeRequest(taskId, token,
                    (attempt, lease) -> new TaskOutcome.Decided(taskId, attempt, lease, read));
        }
        if (error != null) {
            TaskError failure = ErrorReader.read(error);
            return new TaskService.OutcomeRequest(taskId, token,
                    (attempt, lease) -> new TaskOutcome.Failed(taskId, attempt, lease, failure));
        }
        JsonValue result = item.value("result");
        return new TaskService.OutcomeRequest(taskId, token,
                (attempt, lease) -> new TaskOutcome.Completed(taskId, attempt, lease, result));
    }
}
