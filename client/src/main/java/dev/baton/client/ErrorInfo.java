package dev.baton.client;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error as the server stores it: the failure of a task attempt, of a whole process, or of a promise that a
 * task with {@code acceptFail} receives instead of a value.
 *
 * @param type      stable machine-readable type, by default the simple name of the exception that failed the task
 * @param message   human-readable message
 * @param details   optional diagnostics, typically a stack trace
 * @param retryable only meaningful when failing a task: {@code false} asks the server not to retry; {@code null}
 *                  leaves the server's default (retry according to the task's policy)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorInfo(String type, String message, String details, Boolean retryable) {

    public static ErrorInfo of(String type, String message) {
        return new ErrorInfo(type, message, null, null);
    }

    public ErrorInfo withRetryable(boolean value) {
        return new ErrorInfo(type, message, details, value);
    }
}
