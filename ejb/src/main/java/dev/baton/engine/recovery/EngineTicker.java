package dev.baton.engine.recovery;

import dev.baton.engine.config.EngineSettings;
import dev.baton.engine.dispatch.Dispatcher;
import dev.baton.engine.dispatch.Lease;
import dev.baton.engine.dispatch.Leases;
import dev.baton.engine.task.ExpireLeaseCommand;
import dev.baton.engine.task.PromoteDueTaskCommand;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The engine's heartbeat. Every second: expire the leases this member owns, promote due tasks, and wake
 * long polls whose signal may have been lost. Every ten seconds: reconcile the queues with the database.
 * Each step is guarded in the database, so running it on several nodes at once changes nothing twice.
 */
@Singleton
@Startup
@DependsOn("HazelcastMember")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EngineTicker {

    private static final Logger LOG = Logger.getLogger(EngineTicker.class.getName());
    private static final int BATCH = 200;

    @Inject
    Leases leases;

    @Inject
    Dispatcher dispatcher;

    @Inject
    QueueReconciler reconciler;

    @Inject
    EngineSettings settings;

    @Inject
    Clock clock;

    @EJB
    ExpireLeaseCommand expireLease;

    @EJB
    PromoteDueTaskCommand promoteDue;

    @EJB
    TaskScans scans;

    private final AtomicBoolean ticking = new AtomicBoolean();
    private final AtomicBoolean reconciling = new AtomicBoolean();

    @PostConstruct
    void rebuildQueues() {
        int requeued = reconciler.reconcile(clock.instant());
        LOG.info(() -> "Ready queues rebuilt from the database: " + requeued + " tasks queued");
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void tick() {
        if (!ticking.compareAndSet(false, true)) {
            return;
        }
        try {
            expireLeases();
            promoteDueTasks();
            dispatcher.signalAll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Engine tick failed; the next tick retries", e);
        } finally {
            ticking.set(false);
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    public void reconcile() {
        if (!reconciling.compareAndSet(false, true)) {
            return;
        }
        try {
            int requeued = reconciler.reconcile(clock.instant().minus(settings.reconcileGrace()));
            if (requeued > 0) {
                LOG.info(() -> "Reconciler re-queued " + requeued + " ready tasks that were neither queued nor leased");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Queue reconciliation failed; the next run retries", e);
        } finally {
            reconciling.set(false);
        }
    }

    private void expireLeases() {
        Instant now = clock.instant();
        for (Lease lease : leases.expiredLocally(now, BATCH)) {
            try {
                dispatcher.apply(expireLease.execute(lease));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Expiring the lease of task " + lease.taskId() + " failed", e);
            }
        }
    }

    private void promoteDueTasks() {
        for (String taskId : scans.dueScheduled(clock.instant(), BATCH)) {
            try {
                dispatcher.apply(promoteDue.execute(taskId));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Promoting due task " + taskId + " failed", e);
            }
        }
    }
}
