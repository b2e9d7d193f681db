package dev.baton.engine.retention;

import dev.baton.domain.process.ProcessState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Retention's meters in WildFly's Micrometer registry (Prometheus text at {@code /prometheus} on the management
 * port), per outcome: {@code baton_retention_backlog_processes} (finished processes past their retention, not
 * deleted yet), {@code baton_retention_overdue_seconds} (how long the oldest of them has been past its
 * retention: how far behind retention is) and {@code baton_retention_deleted_processes_total}. The gauges read
 * values the node refreshes on its own schedule, so a scrape never queries the database.
 */
@ApplicationScoped
public class RetentionMetrics {

    private static final Logger LOG = Logger.getLogger(RetentionMetrics.class.getName());
    private static final ProcessState[] OUTCOMES = {ProcessState.COMPLETED, ProcessState.CANCELLED, ProcessState.FAILED};

    @Inject
    Instance<MeterRegistry> registries;

    private final Map<ProcessState, AtomicLong> backlog = new EnumMap<>(ProcessState.class);
    private final Map<ProcessState, AtomicLong> overdueSeconds = new EnumMap<>(ProcessState.class);
    private final Map<ProcessState, Counter> deleted = new EnumMap<>(ProcessState.class);
    private final List<Meter> meters = new ArrayList<>();
    private MeterRegistry registry;

    public RetentionMetrics() {
        for (ProcessState state : OUTCOMES) {
            backlog.put(state, new AtomicLong());
            overdueSeconds.put(state, new AtomicLong());
        }
    }

    /** Registers the meters; without a Micrometer registry (another server) the values are kept for the API only. */
    public synchronized void register() {
        if (registry != null) {
            return;
        }
        if (!registries.isResolvable()) {
            LOG.info("No Micrometer registry is available: retention metrics are served by the API only");
            return;
        }
        registry = registries.get();
        for (ProcessState state : OUTCOMES) {
            String outcome = state.name().toLowerCase(Locale.ROOT);
            meters.add(Gauge.builder("baton.retention.backlog", backlog.get(state), AtomicLong::get)
                    .description("Finished processes past their retention, not deleted yet")
                    .baseUnit("processes").tag("outcome", outcome).register(registry));
            meters.add(Gauge.builder("baton.retention.overdue", overdueSeconds.get(state), AtomicLong::get)
                    .description("How long the oldest finished process has been past its retention")
                    .baseUnit("seconds").tag("outcome", outcome).register(registry));
            Counter counter = Counter.builder("baton.retention.deleted")
                    .description("Finished processes deleted by retention on this node")
                    .baseUnit("processes").tag("outcome", outcome).register(registry);
            deleted.put(state, counter);
            meters.add(counter);
        }
    }

    /** Removes the meters (undeployment), so a redeployment registers fresh ones. */
    public synchronized void unregister() {
        if (registry != null) {
            meters.forEach(registry::remove);
            meters.clear();
            deleted.clear();
            registry = null;
        }
    }

    void observed(ProcessState state, long count, long overdue) {
        backlog.get(state).set(count);
        overdueSeconds.get(state).set(Math.max(0, overdue));
    }

    synchronized void deleted(ProcessState state, int count) {
        Counter counter = deleted.get(state);
        if (counter != null && count > 0) {
            counter.increment(count);
        }
    }
}
