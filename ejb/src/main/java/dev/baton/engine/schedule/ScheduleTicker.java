package dev.baton.engine.schedule;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every second, fires the schedules whose next tick has come by the engine clock (so a test server's moved clock
 * takes effect on the next tick). Work that must happen once cluster-wide: correctness never depends on running
 * here alone (every tick is guarded by its schedule's row), so electing one node to run it only saves work.
 */
@Singleton
@Startup
@DependsOn("HazelcastMember")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScheduleTicker {

    private static final Logger LOG = Logger.getLogger(ScheduleTicker.class.getName());

    @Inject
    ScheduleFiring firing;

    @Inject
    Clock clock;

    private final AtomicBoolean firingNow = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void tick() {
        if (!firingNow.compareAndSet(false, true)) {
            return;
        }
        try {
            firing.fireDue(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Firing due schedules failed; the next tick retries", e);
        } finally {
            firingNow.set(false);
        }
    }
}
