package dev.baton.web.task;

import dev.baton.domain.task.TaskError;
import dev.baton.domain.common.Fields;

/** Reads a worker's error: {@code {type, message?, details?, retryable?}}; retryable unless it says otherwise. */
final class ErrorReader {

    private ErrorReader() {
    }

    static TaskError read(Fields error) {
        error.allowOnly("type", "message", "details", "retryable");
        return new TaskError(error.requiredString("type"), error.string("message"), error.string("details"),
                error.bool("retryable", true), null);
    }
}
