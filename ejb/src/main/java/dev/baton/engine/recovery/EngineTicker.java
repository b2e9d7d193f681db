package dev.baton.engine.recovery;

import dev.baton.engine.cluster.Coordinator;
import dev.baton.engine.cluster.ElectedWork;
import dev.baton.engine.cluster.NodeRoles;
import dev.baton.engine.config.EngineSettings;
import dev.baton.engine.dispatch.Dispatcher;
import dev.baton.engine.dispatch.Lease;
import dev.baton.engine.dispatch.Leases;
import dev.baton.engine.task.ExpireLeaseCommand;
import dev.baton.engine.task.PromoteDueTaskCommand;
import jakarta.annotation.PreDestroy;
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
 * The engine's heartbeat. Every second, on every node: wake this node's long polls whose signal may have
 * been lost. On executor nodes: compete for the coordinator role ({@link Coordinator}). On the coordinator
 * only: expire leases anywhere in the cluster and promote due tasks, each in a transaction fenced by the
 * coordinator's epoch; and reconcile the queues with the database at once when the role is won (start-up,
 * cold restart, fail-over) and then every {@code baton.recovery.reconcile-interval-seconds}. Every step is
 * also guarded by the task's state and attempt, so a double run changes nothing.
 */
@Singleton
@Startup
@DependsOn({"HazelcastMember", "CoordinatorElection"})
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
    NodeRoles roles;

    @Inject
    Coordinator coordinator;

    @Inject
    Clock clock;

    @EJB
    ExpireLeaseCommand expireLease;

    @EJB
    PromoteDueTaskCommand promoteDue;

    @EJB
    TaskScans scans;

    @Inject
    ElectedWork elected;

    private final AtomicBoolean ticking = new AtomicBoolean();
    private final AtomicBoolean reconciling = new AtomicBoolean();
    private volatile Coordinator.Term reconciledUnder;
    private volatile long lastReconcileNanos;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void tick() {
        if (!ticking.compareAndSet(false, true)) {
            return;
        }
        try {
            dispatcher.signalAll();
            if (roles.isExecutor()) {
                coordinator.refresh();
                coordinator.term().ifPresent(term -> {
                    expireLeases(term);
                    promoteDueTasks(term);
                });
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Engine tick failed; the next tick retries", e);
        } finally {
            ticking.set(false);
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void reconcile() {
        if (!roles.isExecutor() || !reconciling.compareAndSet(false, true)) {
            return;
        }
        try {
            coordinator.term().ifPresent(term -> {
                boolean newTerm = !term.equals(reconciledUnder);
                if (!newTerm && System.nanoTime() - lastReconcileNanos < settings.reconcileInterval().toNanos()) {
                    return;
                }
                // A new coordinator rebuilds everything at once (no grace): it may follow a cold restart.
                Instant readyBefore = newTerm ? clock.instant() : clock.instant().minus(settings.reconcileGrace());
                int requeued = reconciler.reconcile(readyBefore, newTerm);
                reconciledUnder = term;
                lastReconcileNanos = System.nanoTime();
                if (newTerm || requeued > 0) {
                    LOG.info(() -> "Reconciler re-queued " + requeued + " ready tasks that were neither queued nor leased"
                            + (newTerm ? " (new coordinator term " + term.epoch() + ")" : ""));
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Queue reconciliation failed; the next run retries", e);
        } finally {
            reconciling.set(false);
        }
    }

    /** A node that shuts down hands the coordinator role on at once. */
    @PreDestroy
    void resign() {
        if (roles.isExecutor()) {
            coordinator.resign();
        }
    }

    private void expireLeases(Coordinator.Term term) {
        Instant now = clock.instant();
        for (Lease lease : leases.expired(now, BATCH)) {
            if (!elected.step(term, () -> expireLease.execute(lease), "Expiring the lease of task " + lease.taskId())) {
                return;
            }
        }
    }

    private void promoteDueTasks(Coordinator.Term term) {
        for (String taskId : scans.dueScheduled(clock.instant(), BATCH)) {
            if (!elected.step(term, () -> promoteDue.execute(taskId), "Promoting due task " + taskId)) {
                return;
            }
        }
    }
}
