package dev.baton.web.task;

import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.decision.Decision;
import dev.baton.domain.decision.DecisionTask;
import dev.baton.domain.decision.RetrySpec;
import dev.baton.domain.task.TaskType;
import dev.baton.domain.common.Fields;
import jakarta.json.JsonArray;

import java.util.List;

/** Reads a decision from the wire: {@code {tasks: [...], result}}. */
final class DecisionReader {

    private static final double MS = 1000.0;
    /** An event may be awaited for up to a year. */
    private static final int MAX_EVENT_WAIT_SECONDS = 366 * 86_400;

    private DecisionReader() {
    }

    static Decision read(Fields decision) {
        decision.allowOnly("tasks", "result");
        List<DecisionTask> tasks = decision.objects("tasks").stream().map(DecisionReader::task).toList();
        return new Decision(tasks, decision.value("result"));
    }

    private static DecisionTask task(Fields task) {
        task.allowOnly("ref", "actor", "type", "method", "name", "args", "retry", "timeoutSeconds", "acceptFail",
                "delaySeconds", "startAt", "scheduleToStartSeconds");
        JsonArray args = task.array("args");
        TaskType type = TaskType.fromWire(task.string("type"));
        Integer timeout = task.integer("timeoutSeconds");
        int maxTimeout = type == TaskType.EVENT ? MAX_EVENT_WAIT_SECONDS : 86_400;
        if (timeout != null && (timeout < 1 || timeout > maxTimeout)) {
            throw new InvalidInputException("invalid-field", "timeoutSeconds must be between 1 and " + maxTimeout + ".");
        }
        String actor = type == TaskType.EVENT ? task.string("actor") : task.requiredString("actor");
        return new DecisionTask(task.requiredString("ref"), actor, type, task.string("method"), task.string("name"),
                args == null ? JsonArray.EMPTY_JSON_ARRAY : args, retry(task.object("retry")), timeout,
                task.bool("acceptFail", false), task.integer("delaySeconds"), task.instant("startAt"),
                task.integer("scheduleToStartSeconds"));
    }

    /** Fields left out are filled from the engine's configured default policy. */
    private static RetrySpec retry(Fields retry) {
        if (retry == null) {
            return null;
        }
        retry.allowOnly("maxAttempts", "initialIntervalSeconds", "backoffCoefficient", "maxIntervalSeconds");
        return new RetrySpec(retry.integer("maxAttempts"), millis(retry.number("initialIntervalSeconds")),
                retry.number("backoffCoefficient"), millis(retry.number("maxIntervalSeconds")));
    }

    private static Long millis(Double seconds) {
        return seconds == null ? null : Math.round(seconds * MS);
    }
}
