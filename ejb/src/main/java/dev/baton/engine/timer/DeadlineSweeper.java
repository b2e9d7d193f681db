package dev.baton.engine.timer;

import dev.baton.engine.dispatch.Dispatcher;
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
 * Every second: fails or cancels processes past their deadline, and ends waits past theirs (tasks not
 * picked up in time, events that did not come). Every ten seconds: takes over bulk operations whose node
 * went silent. The due instants live in the database and are compared with the engine clock, so moving a
 * test server's clock forward takes effect on the next tick. Every change is guarded in the database, so a
 * run on two nodes at once changes nothing twice.
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
    Dispatcher dispatcher;

    @Inject
    BulkOperations bulk;

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
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = clock.instant();
            for (String processId : dueWork.processesPastDeadline(now, BATCH)) {
                run(() -> dispatcher.apply(enforceDeadline.execute(processId)), "deadline of process " + processId);
            }
            for (String taskId : dueWork.waitsPastDeadline(now, BATCH)) {
                run(() -> dispatcher.apply(timeOutWait.execute(taskId, leases.find(taskId).orElse(null))),
                        "wait deadline of task " + taskId);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deadline sweep failed; the next tick retries", e);
        } finally {
            sweeping.set(false);
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    public void resumeOrphanedBulkOperations() {
        run(bulk::resumeOrphans, "taking over orphaned bulk operations");
    }

    private static void run(Runnable step, String what) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Handling the " + what + " failed; the next tick retries", e);
        }
    }
}
