package dev.baton.engine.diagnosis;

import dev.baton.domain.process.ProcessState;

import java.time.Instant;

/** What the analysis needs to know of the process itself. */
public record ProcessFacts(String id, String actor, ProcessState state, String startTaskId, int openTasks,
                           Instant deadlineAt, String causeTaskId, String errorType, String errorMessage,
                           Instant endedAt) {
}
