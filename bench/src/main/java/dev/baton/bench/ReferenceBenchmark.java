package dev.baton.bench;

import dev.baton.client.BatonClient;
import dev.baton.client.BatonClientOptions;
import dev.baton.client.BatonException;
import dev.baton.client.ProcessInfo;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the reference workload against a running server and prints one line:
 * {@code baton db=<h2|pg> instances=N throughput=<processes/s> p50=<ms> p99=<ms>}. Diagnostics go to stderr.
 * Exits 1 when any process failed, returned a wrong result or did not finish in time.
 */
public final class ReferenceBenchmark {

    private ReferenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchConfig config;
        try {
            config = BenchConfig.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + BenchConfig.usage());
            System.exit(2);
            return;
        }
        System.exit(run(config));
    }

    static int run(BenchConfig c) throws InterruptedException {
        // One client per node, each preferring its node and failing over to the others; with several URLs
        // the threads of every kind are spread over the nodes round-robin.
        List<BatonClient> clients = new ArrayList<>();
        for (int n = 0; n < c.urls().size(); n++) {
            List<String> urls = new ArrayList<>(c.urls().subList(n, c.urls().size()));
            urls.addAll(c.urls().subList(0, n));
            clients.add(BatonClient.create(BatonClientOptions.newBuilder()
                    .serverUrl(urls.toArray(String[]::new))
                    .credentials(c.user(), c.password())
                    .requestTimeout(Duration.ofSeconds(30))
                    .build()));
        }
        int total = c.warmup() + c.processes();
        Stats stats = new Stats(c.processes());
        Semaphore inFlight = new Semaphore(c.inFlight());
        CompletionWatcher watcher = new CompletionWatcher(clients.get(0), stats, inFlight, 2);
        List<Actors> actors = clients.stream().map(cl -> new Actors(cl, c.batch(), c.batchReports(), stats)).toList();
        String workerId = ManagementFactory.getRuntimeMXBean().getName();

        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < c.deciderThreads(); i++) {
            threads.add(daemon(actors.get(i % actors.size()).decider(workerId + "/d" + i), "bench-decider-" + i));
        }
        for (int i = 0; i < c.workerThreads(); i++) {
            threads.add(daemon(actors.get(i % actors.size()).worker(workerId + "/w" + i, watcher::incrementDone),
                    "bench-worker-" + i));
        }
        AtomicInteger next = new AtomicInteger();
        for (int i = 0; i < c.starters(); i++) {
            BatonClient starter = clients.get(i % clients.size());
            threads.add(daemon(() -> startLoop(starter, watcher, stats, inFlight, next, total, c.warmup()),
                    "bench-starter-" + i));
        }
        System.err.printf("baton bench: %d warm-up + %d measured processes, %d in flight, %d worker / %d decider"
                        + " threads, batch %d, %s reports, against %s%n", c.warmup(), c.processes(), c.inFlight(),
                c.workerThreads(), c.deciderThreads(), c.batch(), c.batchReports() ? "batch" : "single", c.urls());
        long began = System.nanoTime();
        threads.forEach(Thread::start);

        boolean finished = waitForAll(stats, total, c.timeoutSeconds(), watcher);
        actors.forEach(Actors::stop);
        watcher.shutdown();
        double seconds = (System.nanoTime() - began) / 1e9;
        System.err.printf("done in %.1f s: completed=%d failed=%d mismatched=%d startErrors=%d taskErrors=%d"
                        + " conflicts=%d pollErrors=%d statusChecks=%d (%.2f per process)%n", seconds,
                stats.completed.sum(), stats.failed.sum(), stats.mismatched.sum(), stats.startErrors.sum(),
                stats.taskErrors.sum(), stats.conflicts.sum(), stats.pollErrors.sum(), stats.statusChecks.sum(),
                stats.statusChecks.sum() / (double) Math.max(1, stats.completed.sum()));
        System.out.printf(Locale.ROOT, "baton db=%s instances=%d throughput=%.1f p50=%d p99=%d%n", c.db(),
                c.instances(), stats.throughputPerSecond(), stats.percentileMillis(50), stats.percentileMillis(99));
        boolean clean = finished && stats.failed.sum() == 0 && stats.mismatched.sum() == 0
                && stats.measuredCount() == c.processes();
        return clean ? 0 : 1;
    }

    private static void startLoop(BatonClient client, CompletionWatcher watcher, Stats stats, Semaphore inFlight,
                                  AtomicInteger next, int total, int warmup) {
        while (true) {
            try {
                inFlight.acquire();
            } catch (InterruptedException e) {
                return;
            }
            int index = next.getAndIncrement();
            if (index >= total) {
                inFlight.release();
                return;
            }
            boolean measured = index >= warmup;
            long started = System.nanoTime();
            if (measured) {
                stats.measuredStart(started);
            }
            try {
                ProcessInfo info = client.startProcess(Actors.START, List.of(index));
                watcher.track(new CompletionWatcher.Tracked(info.id(), index, started, measured));
            } catch (BatonException e) {
                // Counted and given up: a start that may or may not have happened cannot be measured honestly.
                stats.startErrors.increment();
                stats.failed.increment();
                stats.completed.increment();
                inFlight.release();
                System.err.println("start " + index + " failed: " + e.getMessage());
            }
        }
    }

    /** Waits for all processes; gives up after the timeout or a minute without progress. */
    private static boolean waitForAll(Stats stats, int total, int timeoutSeconds, CompletionWatcher watcher)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        long lastProgress = System.nanoTime();
        long lastCount = -1;
        long lastReport = System.nanoTime();
        while (stats.completed.sum() < total) {
            Thread.sleep(20);
            long now = System.nanoTime();
            long count = stats.completed.sum();
            if (count != lastCount) {
                lastCount = count;
                lastProgress = now;
            }
            if (now - lastReport > 5_000_000_000L) {
                lastReport = now;
                System.err.printf("progress: %d/%d finished, %d in flight%n", count, total, watcher.inFlight());
            }
            if (now > deadline || now - lastProgress > 60_000_000_000L) {
                System.err.printf("giving up: %d/%d finished, %d still in flight%n", count, total,
                        watcher.inFlight());
                return false;
            }
        }
        return true;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
