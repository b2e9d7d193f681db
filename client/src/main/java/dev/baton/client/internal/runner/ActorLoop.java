package dev.baton.client.internal.runner;

import dev.baton.client.BatonAuthException;
import dev.baton.client.BatonClient;
import dev.baton.client.BatonInterruptedException;
import dev.baton.client.internal.actor.TaskInvoker;
import dev.baton.client.task.TaskDelivery;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One registered actor: a poller thread and {@code threads} executor threads. The poller asks for exactly as
 * many tasks as there are idle executor threads (a semaphore counts them), so nothing leased waits in a local
 * queue while its lease runs down, and one long poll serves the whole pool.
 */
public final class ActorLoop {

    private static final System.Logger LOG = System.getLogger(ActorLoop.class.getName());

    private final BatonClient client;
    private final TaskInvoker invoker;
    private final Heartbeats heartbeats;
    private final String workerId;
    private final int threads;
    private final int waitSeconds;
    private final Semaphore idle;
    private final ThreadPoolExecutor executor;
    private final Thread poller;
    private final Reporter reporter;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean polling;

    public ActorLoop(BatonClient client, TaskInvoker invoker, Heartbeats heartbeats, String workerId, int threads,
                     int waitSeconds) {
        this.client = client;
        this.invoker = invoker;
        this.heartbeats = heartbeats;
        this.workerId = workerId;
        this.threads = threads;
        this.waitSeconds = waitSeconds;
        this.idle = new Semaphore(threads);
        String actor = invoker.model().actor();
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                r -> daemon(r, "baton-" + actor + "-" + n.incrementAndGet()));
        // The poller is not a daemon: a started runner keeps the JVM alive until it is shut down.
        this.poller = new Thread(this::pollLoop, "baton-" + actor + "-poller");
        this.reporter = new Reporter(client, actor);
    }

    public String actor() {
        return invoker.model().actor();
    }

    public void start() {
        polling = true;
        poller.start();
    }

    /** Stops asking for work; tasks already received still run and report. */
    public void stopPolling() {
        polling = false;
        poller.interrupt();
        executor.shutdown();
    }

    public boolean awaitTermination(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        poller.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos)));
        boolean executed = executor.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        reporter.close(TimeUnit.NANOSECONDS.toMillis(Math.max(0, deadline - System.nanoTime())));
        return executed && inFlight.get() == 0;
    }

    public void shutdownNow() {
        stopPolling();
        executor.shutdownNow();
    }

    public int inFlight() {
        return inFlight.get();
    }

    private void pollLoop() {
        long backoffMs = 100;
        while (polling) {
            int capacity;
            try {
                idle.acquire();
            } catch (InterruptedException e) {
                break;
            }
            capacity = 1 + idle.drainPermits();
            int batch = Math.min(capacity, BatonClient.MAX_POLL_BATCH);
            idle.release(capacity - batch);
            List<TaskDelivery> tasks;
            try {
                tasks = client.poll(actor(), workerId, batch, waitSeconds);
                backoffMs = 100;
            } catch (BatonInterruptedException e) {
                idle.release(batch);
                break;
            } catch (RuntimeException e) {
                idle.release(batch);
                if (!polling) {
                    break;
                }
                Level level = e instanceof BatonAuthException ? Level.ERROR : Level.WARNING;
                LOG.log(level, "poll for {0} failed, retrying in {1} ms: {2}", actor(), backoffMs, e.getMessage());
                if (!pause(backoffMs)) {
                    break;
                }
                backoffMs = Math.min(10_000, backoffMs * 2);
                continue;
            }
            dispatch(tasks, batch);
        }
        Thread.interrupted();
    }

    private void dispatch(List<TaskDelivery> tasks, int batch) {
        if (tasks.size() < batch) {
            idle.release(batch - tasks.size());
        } else if (tasks.size() > batch) {
            // A server sending more than asked: run them all, and take the extra permits back (below).
            LOG.log(Level.WARNING, "server delivered {0} tasks for a batch of {1}", tasks.size(), batch);
        }
        for (TaskDelivery task : tasks) {
            inFlight.incrementAndGet();
            try {
                executor.execute(() -> run(task));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // shutdownNow raced with the poll: the lease expires and the server redelivers
                inFlight.decrementAndGet();
            }
        }
        if (tasks.size() > batch) {
            idle.acquireUninterruptibly(tasks.size() - batch);
        }
    }

    /** Runs the task and hands its outcome to the reporter, which frees the slot once it was reported. */
    private void run(TaskDelivery task) {
        Heartbeats.Handle beating = heartbeats.start(task);
        Runnable done = () -> {
            beating.close();
            inFlight.decrementAndGet();
            idle.release();
        };
        try {
            reporter.submit(task, invoker.execute(task), done);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "task " + task.id() + " of " + actor() + " could not be reported", e);
            done.run();
        }
    }

    private boolean pause(long ms) {
        try {
            Thread.sleep(ms);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
