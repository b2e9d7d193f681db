package dev.baton.engine.process;

import dev.baton.domain.history.HistoryEntry;

import java.time.Instant;

/** One entry of a process's history as callers see it. */
public record HistoryView(String id, Instant at, String kind, String taskId, Integer attempt, String actor,
                          String detail) {

    static HistoryView of(HistoryEntry e) {
        return new HistoryView(e.id(), e.at(), e.kind().name(), e.taskId(), e.attempt(), e.actor(), e.detail());
    }
}
