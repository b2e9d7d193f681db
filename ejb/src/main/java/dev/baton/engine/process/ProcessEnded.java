package dev.baton.engine.process;

import dev.baton.domain.process.ProcessInstance;

import java.time.Instant;

/**
 * A process reached a terminal state. Fired as a CDI event inside the transaction that made the change, so
 * an observer that writes to the database ({@code @Observes}, the default phase) commits or rolls back with
 * it, and one that reacts in memory ({@code @Observes(during = AFTER_SUCCESS)}) sees only committed changes.
 * Result and error are JSON text, as stored.
 */
public record ProcessEnded(String processId, String actor, String businessKey, String state, String resultJson,
                           String errorJson, Instant endedAt) {

    public static ProcessEnded of(ProcessInstance process) {
        return new ProcessEnded(process.id(), process.actor(), process.businessKey(), process.state().name(),
                process.result(), process.error(), process.endedAt());
    }
}
