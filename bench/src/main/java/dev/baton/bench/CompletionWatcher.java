package dev.baton.bench;

import dev.baton.client.BatonClient;
import dev.baton.client.BatonException;
import dev.baton.client.ProcessInfo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Knows the processes in flight and notices when they end. A process is checked right after its last
 * increment was completed (then every 5 ms while the server still reports it running), and a sweep every
 * 250 ms checks processes that have run for more than a second without a check in progress, which catches
 * failures and anything the fast path missed. So each process normally costs one GET.
 */
final class CompletionWatcher {

    private static final long RECHECK_MS = 5;
    private static final long SWEEP_MS = 250;
    /**
     * A process is normally checked once, right after its last step completed (the process completes in
     * that same transaction). The sweep is only a safety net for processes that end otherwise (e.g. fail);
     * checking young processes in a loop would load the server more than the workload itself.
     */
    private static final long SWEEP_AFTER_NANOS = 10_000_000_000L;

    /** One started process. */
    static final class Tracked {
        final String id;
        final long arg;
        final long startNanos;
        final boolean measured;
        final AtomicBoolean checking = new AtomicBoolean();
        volatile boolean lastStepDone;

        Tracked(String id, long arg, long startNanos, boolean measured) {
            this.id = id;
            this.arg = arg;
            this.startNanos = startNanos;
            this.measured = measured;
        }
    }

    private final BatonClient client;
    private final Stats stats;
    private final Semaphore inFlight;
    private final Map<String, Tracked> tracked = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor checks;

    CompletionWatcher(BatonClient client, Stats stats, Semaphore inFlight, int threads) {
        this.client = client;
        this.stats = stats;
        this.inFlight = inFlight;
        this.checks = new ScheduledThreadPoolExecutor(threads, r -> {
            Thread t = new Thread(r, "bench-watch");
            t.setDaemon(true);
            return t;
        });
        checks.scheduleWithFixedDelay(this::sweep, SWEEP_MS, SWEEP_MS, TimeUnit.MILLISECONDS);
    }

    void track(Tracked t) {
        tracked.put(t.id, t);
    }

    int inFlight() {
        return tracked.size();
    }

    /** Called by the worker after completing an increment whose input was {@code input}. */
    void incrementDone(String processId, long input) {
        Tracked t = tracked.get(processId);
        if (t != null && input == t.arg + 2) {
            t.lastStepDone = true;
            if (t.checking.compareAndSet(false, true)) {
                checks.execute(() -> check(t));
            }
        }
    }

    private void sweep() {
        long now = System.nanoTime();
        for (Tracked t : tracked.values()) {
            if (now - t.startNanos > SWEEP_AFTER_NANOS && t.checking.compareAndSet(false, true)) {
                checks.execute(() -> check(t));
            }
        }
    }

    private void check(Tracked t) {
        ProcessInfo info;
        try {
            stats.statusChecks.increment();
            info = client.getProcess(t.id);
        } catch (BatonException e) {
            System.err.println("status of " + t.id + " failed: " + e.getMessage());
            t.checking.set(false);
            return;
        }
        long now = System.nanoTime();
        if (!info.isTerminal()) {
            if (t.lastStepDone) {
                checks.schedule(() -> check(t), RECHECK_MS, TimeUnit.MILLISECONDS);
                return;
            }
            t.checking.set(false);
            // The last step may have finished while this check was under way.
            if (t.lastStepDone && t.checking.compareAndSet(false, true)) {
                checks.execute(() -> check(t));
            }
            return;
        }
        if (tracked.remove(t.id) == null) {
            return;
        }
        switch (info.state()) {
            case COMPLETED -> {
                long expected = t.arg + 3;
                if (info.result() == null || !info.result().canConvertToLong() || info.result().asLong() != expected) {
                    stats.mismatched.increment();
                    System.err.println("process " + t.id + " arg " + t.arg + ": result " + info.result()
                            + ", expected " + expected);
                }
            }
            default -> {
                stats.failed.increment();
                System.err.println("process " + t.id + " ended " + info.state() + ": " + info.error());
            }
        }
        stats.completed.increment();
        if (t.measured) {
            stats.measuredEnd(t.startNanos, now);
        }
        inFlight.release();
    }

    void shutdown() {
        checks.shutdownNow();
    }
}
