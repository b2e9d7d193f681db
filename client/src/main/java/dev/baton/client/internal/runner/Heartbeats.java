package dev.baton.client.internal.runner;

import dev.baton.client.BatonClient;
import dev.baton.client.BatonConflictException;
import dev.baton.client.BatonException;
import dev.baton.client.BatonNotFoundException;
import dev.baton.client.task.TaskDelivery;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Keeps leases of running tasks alive. Each task gets a heartbeat when a third of its remaining lease has
 * passed, and again a third into every renewed lease; short tasks finish before the first one and cost nothing.
 */
public final class Heartbeats {

    private static final System.Logger LOG = System.getLogger(Heartbeats.class.getName());
    private static final long MIN_DELAY_MS = 100;
    /** When the lease time is unknown or already past (clock skew), beat at this pace rather than never. */
    private static final long FALLBACK_DELAY_MS = 1000;

    private final BatonClient client;
    private final ScheduledThreadPoolExecutor scheduler;

    public Heartbeats(BatonClient client, String threadName) {
        this.client = client;
        this.scheduler = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        scheduler.setRemoveOnCancelPolicy(true);
    }

    /** Starts heartbeating {@code task}; close the handle when the task's outcome was sent. */
    public Handle start(TaskDelivery task) {
        Handle handle = new Handle(task);
        handle.schedule(task.leaseExpiresAt());
        return handle;
    }

    public void shutdown() {
        scheduler.shutdownNow();
    }

    static long delayMillis(Instant leaseExpiresAt, Instant now) {
        if (leaseExpiresAt == null) {
            return FALLBACK_DELAY_MS;
        }
        long remaining = Duration.between(now, leaseExpiresAt).toMillis();
        return remaining <= 0 ? FALLBACK_DELAY_MS : Math.max(MIN_DELAY_MS, remaining / 3);
    }

    /** The heartbeat schedule of one task. */
    public final class Handle implements AutoCloseable {
        private final TaskDelivery task;
        private volatile Future<?> next;
        private volatile boolean closed;

        private Handle(TaskDelivery task) {
            this.task = task;
        }

        private void schedule(Instant leaseExpiresAt) {
            if (closed || scheduler.isShutdown()) {
                return;
            }
            next = scheduler.schedule(this::beat, delayMillis(leaseExpiresAt, Instant.now()), TimeUnit.MILLISECONDS);
        }

        private void beat() {
            if (closed) {
                return;
            }
            try {
                schedule(client.heartbeat(task.id(), task.token()));
            } catch (BatonConflictException | BatonNotFoundException e) {
                // The attempt lost its lease: the eventual completion will be refused and dropped as well.
                LOG.log(System.Logger.Level.WARNING, "task {0} lost its lease: {1}", task.id(), e.getMessage());
            } catch (BatonException e) {
                LOG.log(System.Logger.Level.WARNING, "heartbeat of task {0} failed, will retry: {1}", task.id(),
                        e.getMessage());
                schedule(null);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "heartbeat of task " + task.id() + " failed", e);
                schedule(null);
            }
        }

        @Override
        public void close() {
            closed = true;
            Future<?> f = next;
            if (f != null) {
                f.cancel(false);
            }
        }
    }
}
