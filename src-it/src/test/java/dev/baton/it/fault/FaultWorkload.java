package dev.baton.it.fault;

import dev.baton.client.BatonClient;
import dev.baton.client.BatonClientOptions;
import dev.baton.client.runner.ActorRunner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Java SDK actors spread over the nodes (one {@link ActorRunner} per node, preferring that node and failing
 * over to the others) and starters that start processes at a steady rate through every node in turn. A
 * start carries a business key, so a start retried after an error (503 while the database is down, a
 * node killed mid-request) is effectively-once.
 */
final class FaultWorkload implements AutoCloseable {

    private static final int STARTER_THREADS = 4;

    private final FaultCluster cluster;
    private final ExecutionLog log;
    private final List<ActorRunner> runners = new ArrayList<>();
    private final List<BatonClient> clients = new ArrayList<>();

    FaultWorkload(FaultCluster cluster, ExecutionLog log) {
        this.cluster = cluster;
        this.log = log;
    }

    static BatonClientOptions options(List<String> urls) {
        return BatonClientOptions.newBuilder().serverUrl(urls.toArray(String[]::new)).credentials("baton", "baton")
                .connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(20))
                .maxAttempts(6).backoff(Duration.ofMillis(200), Duration.ofSeconds(2)).build();
    }

    void startActors() {
        for (int i = 1; i <= cluster.nodes(); i++) {
            String name = "runner" + i;
            ActorRunner runner = ActorRunner.builder().client(options(cluster.urlsPreferring(i)))
                    .workerId("fault-" + name).pollWaitSeconds(5)
                    .register(new FaultActors.ChainImpl(log, name), 1)
                    .register(new FaultActors.IncrementImpl(log, name), 2)
                    .build();
            runners.add(runner.start());
            clients.add(BatonClient.create(options(cluster.urlsPreferring(i))));
        }
    }

    /**
     * Starts {@code count} processes with keys {@code <scenario>-<i>} and argument {@code i * 10}, about
     * {@code perSecond} per second, from four threads in the background, until done or interrupted; returns
     * a handle to stop and join them, and counts the starts that returned success.
     */
    Starters startProcesses(String scenario, int count, int perSecond, AtomicInteger started) {
        AtomicInteger next = new AtomicInteger();
        long began = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < STARTER_THREADS; t++) {
            Thread thread = new Thread(() -> {
                int i;
                while (!Thread.currentThread().isInterrupted() && (i = next.getAndIncrement()) < count) {
                    long wait = began + (long) (i * 1e9 / perSecond) - System.nanoTime();
                    if (wait > 0) {
                        try {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    if (startOne(clients.get(i % clients.size()), scenario + "-" + i, i * 10L)) {
                        started.incrementAndGet();
                    }
                }
            }, "fault-starter-" + scenario + "-" + t);
            thread.start();
            threads.add(thread);
        }
        return new Starters(threads);
    }

    /** The starter threads of one scenario. */
    record Starters(List<Thread> threads) {
        void join() throws InterruptedException {
            for (Thread t : threads) {
                t.join();
            }
        }

        void stop() throws InterruptedException {
            threads.forEach(Thread::interrupt);
            join();
        }
    }

    /** Retries a start for up to two minutes: a node may be down or the database restarting. */
    private static boolean startOne(BatonClient client, String key, long arg) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            try {
                client.startProcess("fault.Chain#1.0", List.of(arg), key);
                return true;
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    System.err.println("start " + key + " given up: " + e);
                    return false;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    @Override
    public void close() {
        runners.forEach(ActorRunner::shutdownNow);
    }
}
