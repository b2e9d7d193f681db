package dev.baton.engine.operation;

import dev.baton.domain.common.JsonText;
import dev.baton.domain.operation.BulkOperation;
import jakarta.json.JsonValue;

import java.time.Instant;

/** A bulk operation as callers see it: what it does, to which filter, and how far it got. */
public record BulkView(String id, String action, JsonValue filter, String reason, String state, int matched,
                       int affected, int skipped, String requestedBy, Instant createdAt, Instant endedAt,
                       String lastError) {

    static BulkView of(BulkOperation b) {
        return new BulkView(b.id(), b.action().wireName(), JsonText.parse(b.filterJson()), b.reason(), b.state().name(),
                b.matched(), b.affected(), b.skipped(), b.requestedBy(), b.createdAt(), b.endedAt(), b.lastError());
    }
}
