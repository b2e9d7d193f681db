package dev.baton.engine.timer;

import dev.baton.engine.cluster.Coordinator;
import dev.baton.engine.cluster.ElectedWork;
import dev.baton.engine.cluster.NodeRoles;
import dev.baton.engine.dispatch.Leases;
import dev.baton.engine.operation.BulkOperations;
import dev.baton.engine.process.EnforceDeadlineCommand;
import dev.baton.engine.task.TimeOutWaitCommand;
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
 * On the coordinator only (see {@link Coordinator}), every second: fails or cancels processes past their
 * deadline, and ends waits past theirs (tasks not picked up in time, events that did not come); every ten
 * seconds: takes over bulk operations whose node went silent. The due instants live in the database and are
 * compared with the engine clock, so moving a test server's clock forward takes effect on the next tick.
 * Each change runs in a transaction fenced by the coordinator's epoch and is guarded by the row's state, so
 * a run on two nodes at once changes nothing twice.
 */
@Singleton
@Startup
@DependsOn("HazelcastMember")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineSweeper {

    private static final Logger LOG = Logger.getLogger(DeadlineSweeper.class.getName());
    private static final int BATCH = 200;

    @Inject
    Leases leases;

    @Inject
    BulkOperations bulk;

    @Inject
    NodeRoles roles;

    @Inject
    Coordinator coordinator;

    @Inject
    ElectedWork elected;

    @Inject
    Clock clock;

    @EJB
    TimeOutWaitCommand timeOutWait;

    @EJB
    EnforceDeadlineCommand enforceDeadline;

    @EJB
    DueWork dueWork;

    private final AtomicBoolean sweeping = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void sweep() {
        if (!roles.isExecutor() || !sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            coordinator.term().ifPresent(this::sweep);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deadline sweep failed; the next tick retries", e);
        } finally {
            sweeping.set(false);
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    public void resumeOrphanedBulkOperations() {
        if (!roles.isExecutor() || coordinator.term().isEmpty()) {
            return;
        }
        try {
            bulk.resumeOrphans();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Taking over orphaned bulk operations failed; the next run retries", e);
        }
    }

    private void sweep(Coordinator.Term term) {
        Instant now = clock.instant();
        for (String processId : dueWork.processesPastDeadline(now, BATCH)) {
            if (!elected.step(term, () -> enforceDeadline.execute(processId), "Enforcing the deadline of process " + processId)) {
                return;
            }
        }
        for (String taskId : dueWork.waitsPastDeadline(now, BATCH)) {
            if (!elected.step(term, () -> timeOutWait.execute(taskId, leases.find(taskId).orElse(null)),
                    "Ending the wait of task " + taskId)) {
                return;
            }
        }
    }
}
