package dev.baton.client.task;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.client.ErrorInfo;

import java.util.Objects;

/**
 * The outcome of one delivery, for {@code BatonClient.report}: a worker's result, a decider's decision, or
 * a failed attempt. Reporting many at once costs the server one transaction instead of one each.
 */
public final class TaskReport {

    private final String taskId;
    private final String token;
    private final JsonNode result;
    private final Decision decision;
    private final ErrorInfo error;

    private TaskReport(String taskId, String token, JsonNode result, Decision decision, ErrorInfo error) {
        this.taskId = Objects.requireNonNull(taskId, "taskId");
        this.token = Objects.requireNonNull(token, "token");
        this.result = result;
        this.decision = decision;
        this.error = error;
    }

    /** A worker's result; {@code null} is the JSON value null. */
    public static TaskReport completed(String taskId, String token, JsonNode result) {
        return new TaskReport(taskId, token, result, null, null);
    }

    public static TaskReport decided(String taskId, String token, Decision decision) {
        return new TaskReport(taskId, token, null, Objects.requireNonNull(decision, "decision"), null);
    }

    public static TaskReport failed(String taskId, String token, ErrorInfo error) {
        return new TaskReport(taskId, token, null, null, Objects.requireNonNull(error, "error"));
    }

    public String taskId() {
        return taskId;
    }

    public String token() {
        return token;
    }

    public JsonNode result() {
        return result;
    }

    public Decision decision() {
        return decision;
    }

    public ErrorInfo error() {
        return error;
    }

    public boolean isDecision() {
        return decision != null;
    }

    public boolean isFailure() {
        return error != null;
    }
}
