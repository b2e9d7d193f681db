package dev.baton.engine.retention;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every second, starts a retention run if one is due by the engine clock (the interval since the last run
 * ended, cluster-wide; a test server's moved clock makes it due at once); every 30 seconds, refreshes the
 * retention gauges of this node. Work that must happen once cluster-wide: the claim row makes a second node
 * running it at the same time harmless, so electing one node to run it only saves work.
 */
@Singleton
@Startup
@DependsOn("HazelcastMember")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionTicker {

    private static final Logger LOG = Logger.getLogger(RetentionTicker.class.getName());

    @Inject
    Retention retention;

    @Inject
    RetentionMetrics metrics;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void registerMetrics() {
        try {
            metrics.register();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Retention metrics could not be registered; retention itself runs", e);
        }
    }

    @PreDestroy
    void unregisterMetrics() {
        metrics.unregister();
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            retention.runIfDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention run failed; the next one retries", e);
        } finally {
            running.set(false);
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    public void refreshMetrics() {
        try {
            retention.refreshMetrics();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Measuring the retention backlog failed; the next refresh retries", e);
        }
    }
}
