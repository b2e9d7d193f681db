package dev.baton.messaging.outcome;

import dev.baton.domain.outbox.OutboxEntry;

import java.time.Instant;

/** An outbox entry as the publisher sends it (detached from the persistence context that loaded it). */
public record OutcomeMessage(String outcomeId, String processId, String actor, String businessKey, String state,
                             String resultJson, String errorJson, Instant endedAt) {

    static OutcomeMessage of(OutboxEntry entry) {
        return new OutcomeMessage(entry.id(), entry.processId(), entry.actor(), entry.businessKey(), entry.state(),
                entry.result(), entry.error(), entry.endedAt());
    }
}
