package dev.baton.engine.retention;

import dev.baton.domain.process.ProcessState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How long finished processes are kept, per outcome, and how retention runs (MicroProfile Config; e.g.
 * {@code BATON_RETENTION_COMPLETED_DAYS=30}). A retention of 0 days, or none, keeps processes of that outcome.
 */
@ApplicationScoped
public class RetentionSettings {

    @Inject
    @ConfigProperty(name = "baton.retention.completed-days", defaultValue = "7")
    Optional<Integer> completedDays;

    @Inject
    @ConfigProperty(name = "baton.retention.cancelled-days", defaultValue = "7")
    Optional<Integer> cancelledDays;

    /** Failed processes are kept by default: they wait for an operator. */
    @Inject
    @ConfigProperty(name = "baton.retention.failed-days")
    Optional<Integer> failedDays;

    @Inject
    @ConfigProperty(name = "baton.retention.chunk-size", defaultValue = "200")
    int chunkSize;

    @Inject
    @ConfigProperty(name = "baton.retention.interval-seconds", defaultValue = "60")
    int intervalSeconds;

    /** The outcomes that have a retention, and how long each is kept. */
    public Map<ProcessState, Duration> retentions() {
        Map<ProcessState, Duration> retentions = new EnumMap<>(ProcessState.class);
        put(retentions, ProcessState.COMPLETED, completedDays);
        put(retentions, ProcessState.CANCELLED, cancelledDays);
        put(retentions, ProcessState.FAILED, failedDays);
        return retentions;
    }

    /** Days kept per terminal outcome; null = kept for ever. */
    public Map<ProcessState, Integer> days() {
        Map<ProcessState, Integer> days = new EnumMap<>(ProcessState.class);
        for (ProcessState state : new ProcessState[]{ProcessState.COMPLETED, ProcessState.CANCELLED, ProcessState.FAILED}) {
            Duration d = retentions().get(state);
            days.put(state, d == null ? null : (int) d.toDays());
        }
        return days;
    }

    private static void put(Map<ProcessState, Duration> retentions, ProcessState state, Optional<Integer> days) {
        days.filter(d -> d > 0).ifPresent(d -> retentions.put(state, Duration.ofDays(d)));
    }

    /** Processes deleted per transaction. */
    public int chunkSize() {
        return Math.max(1, Math.min(chunkSize, 5_000));
    }

    /** How often (engine time) a retention run starts. */
    public Duration interval() {
        return Duration.ofSeconds(Math.max(1, intervalSeconds));
    }

    /** A node's claim on the run lasts this long unless it renews it with each chunk. */
    public Duration claimLease() {
        return Duration.ofSeconds(60);
    }
}
