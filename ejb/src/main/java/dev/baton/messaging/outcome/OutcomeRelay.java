package dev.baton.messaging.outcome;

import dev.baton.messaging.MessagingSettings;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes outbox entries: claim (so no other node sends them meanwhile), send, delete. Entries committed on this
 * node arrive through {@link #committed} and are drained by one background task at a time, in batches, so a burst
 * of completions costs a few claim and delete transactions rather than two each. If sending fails the claim is
 * released and the sweeper tries again; if this node dies in between, the claim expires.
 */
@ApplicationScoped
public class OutcomeRelay {

    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(OutcomeRelay.class.getName());

    @EJB
    OutboxRelayCommand command;

    @EJB
    OutcomePublisher publisher;

    @Inject
    MessagingSettings settings;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    private final Queue<String> committed = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    /** An entry committed on this node: publish it soon, on the relay's own thread. */
    public void committed(String outcomeId) {
        committed.add(outcomeId);
        startDraining();
    }

    private void startDraining() {
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                // Shutting down: the entries stay in the outbox and the sweeper of a running node publishes them.
                draining.set(false);
            }
        }
    }

    private void drain() {
        try {
            List<String> batch = new ArrayList<>(BATCH);
            String id;
            while (true) {
                while (batch.size() < BATCH && (id = committed.poll()) != null) {
                    batch.add(id);
                }
                if (batch.isEmpty()) {
                    break;
                }
                relay(batch);
                batch.clear();
            }
        } finally {
            draining.set(false);
            if (!committed.isEmpty()) {
                startDraining();
            }
        }
    }

    /** Publishes those of the entries nobody else holds; returns how many were published. */
    public int relay(List<String> ids) {
        String token = UUID.randomUUID().toString();
        Instant now = clock.instant();
        List<OutcomeMessage> claimed;
        try {
            claimed = command.claim(ids, token, now, now.plus(settings.claim()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Claiming " + ids.size() + " outbox entries failed; the sweeper retries", e);
            return 0;
        }
        if (claimed.isEmpty()) {
            return 0;
        }
        List<String> claimedIds = claimed.stream().map(OutcomeMessage::outcomeId).toList();
        try {
            publisher.publish(claimed);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Publishing " + claimed.size() + " outcomes failed; the sweeper retries", e);
            releaseQuietly(claimedIds, token);
            return 0;
        }
        try {
            command.delete(claimedIds, token);
        } catch (RuntimeException e) {
            // Sent but still in the outbox: sent again after the claim expires, and dropped by the broker then.
            LOG.log(Level.WARNING, "Deleting " + claimed.size() + " published outbox entries failed", e);
        }
        return claimed.size();
    }

    private void releaseQuietly(List<String> ids, String token) {
        try {
            command.release(ids, token);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Releasing outbox entries failed; their claim expires", e);
        }
    }
}
