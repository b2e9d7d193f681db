package dev.baton.messaging.outcome;

import dev.baton.domain.process.RequestKeyRepository;
import dev.baton.messaging.MessagingSettings;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every five seconds, publishes outbox entries older than {@code baton.jms.outbox.sweep-after-seconds} that
 * nobody holds: left by a node that died after its commit, or by a relay that could not reach the broker. Every
 * node sweeps; the claims keep them from sending one entry at the same time. Also deletes request keys past their
 * retention, in small chunks.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSweeper {

    private static final Logger LOG = Logger.getLogger(OutboxSweeper.class.getName());
    private static final int MAX_PER_SWEEP = 1000;
    private static final int KEY_CHUNK = 500;

    @Inject
    OutcomeRelay relay;

    @EJB
    OutboxRelayCommand command;

    @EJB
    RequestKeyCleanupCommand keys;

    @Inject
    MessagingSettings settings;

    @Inject
    Clock clock;

    private final AtomicBoolean sweeping = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    public void sweep() {
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = clock.instant();
            List<String> leftovers = command.leftovers(now.minus(settings.sweepAfter()), now, MAX_PER_SWEEP);
            int published = 0;
            for (int from = 0; from < leftovers.size(); from += OutcomeRelay.BATCH) {
                published += relay.relay(leftovers.subList(from, Math.min(leftovers.size(), from + OutcomeRelay.BATCH)));
            }
            if (published > 0) {
                int count = published;
                LOG.info(() -> "Outbox sweeper published " + count + " outcomes a relay had left");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox sweep failed; the next sweep retries", e);
        } finally {
            sweeping.set(false);
        }
    }

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    public void forgetOldRequestKeys() {
        try {
            Instant before = clock.instant().minus(settings.requestKeyRetention());
            while (keys.deleteChunk(before, KEY_CHUNK) == KEY_CHUNK) {
                // Small transactions, so a large backlog never holds many locks at once.
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deleting old request keys failed; the next run retries", e);
        }
    }
}
