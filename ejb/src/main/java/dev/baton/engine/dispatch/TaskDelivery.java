package dev.baton.engine.dispatch;

import jakarta.json.JsonValue;

import java.time.Instant;

/** A task handed to an actor by a poll, with the token that its completion must carry. */
public record TaskDelivery(String id, String processId, String actor, String type, String method, JsonValue args,
                           int attempt, String token, Instant leaseExpiresAt, int timeoutSeconds) {
}
