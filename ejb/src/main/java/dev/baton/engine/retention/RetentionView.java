package dev.baton.engine.retention;

import java.time.Instant;
import java.util.List;

/**
 * Retention as operators see it: per outcome the days kept (null = for ever), how many processes are past
 * retention and how far behind (seconds the oldest is overdue); the chunk size, the interval and the last run.
 */
public record RetentionView(List<OutcomeView> outcomes, int chunkSize, long intervalSeconds, RunView lastRun) {

    public record OutcomeView(String state, Integer days, long backlog, Instant oldestEndedAt, long overdueSeconds) {
    }

    public record RunView(String node, Instant startedAt, Instant finishedAt, long deleted, String error, boolean running) {
    }
}
