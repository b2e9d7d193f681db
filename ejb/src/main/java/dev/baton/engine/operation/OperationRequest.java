package dev.baton.engine.operation;

import jakarta.json.JsonArray;

import java.time.Instant;

/**
 * Who asks for an operation and why, and for a restart of one task, which task and its corrected arguments.
 * {@code reason} is free text for the history and the audit log.
 */
public record OperationRequest(String operator, String reason, String taskId, JsonArray editedArgs, Instant now) {

    public static OperationRequest of(String operator, String reason, Instant now) {
        return new OperationRequest(operator, reason, null, null, now);
    }

    /** The words for the history: who, and why if said. */
    public String byWhom() {
        return "by " + operator + (reason == null || reason.isBlank() ? "" : ": " + reason);
    }
}
