package dev.baton.client.internal.runner;

import dev.baton.client.BatonClient;
import dev.baton.client.BatonException;
import dev.baton.client.internal.actor.Outcome;
import dev.baton.client.task.ReportResult;
import dev.baton.client.task.TaskDelivery;
import dev.baton.client.task.TaskReport;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Sends an actor's outcomes to the server, many per request when they come faster than one request takes:
 * while a report is under way the next outcomes gather, and go together as soon as it returns (group
 * commit: no outcome ever waits for a batch to fill). The server applies a report in one transaction, so
 * under load a worker pays one request and one commit for many tasks. {@code done} of each outcome runs
 * after its report was answered (or given up), which frees the executor slot and stops its heartbeats.
 */
final class Reporter {

    private static final System.Logger LOG = System.getLogger(Reporter.class.getName());

    record Pending(TaskDelivery task, Outcome outcome, Runnable done) {
    }

    private final BatonClient client;
    private final String actor;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean open = true;

    Reporter(BatonClient client, String actor) {
        this.client = client;
        this.actor = actor;
        this.thread = new Thread(this::loop, "baton-" + actor + "-reporter");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    void submit(TaskDelivery task, Outcome outcome, Runnable done) {
        queue.add(new Pending(task, outcome, done));
    }

    /** Sends what is still queued, then stops; waits at most {@code millis}. */
    void close(long millis) throws InterruptedException {
        open = false;
        thread.join(Math.max(1, millis));
    }

    private void loop() {
        List<Pending> batch = new ArrayList<>();
        while (open || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BatonClient.MAX_POLL_BATCH - 1);
                send(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                open = false;
            } finally {
                batch.forEach(p -> p.done().run());
                batch.clear();
            }
        }
    }

    private void send(List<Pending> batch) {
        List<TaskReport> reports = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            reports.add(reportOf(pending.task(), pending.outcome()));
        }
        List<ReportResult> results;
        try {
            results = client.report(reports);
        } catch (BatonException e) {
            // Retries are exhausted: the leases will expire and the tasks will be delivered again.
            LOG.log(Level.ERROR, "could not report {0} outcomes of {1}: {2}", batch.size(), actor, e.getMessage());
            return;
        }
        for (int i = 0; i < results.size(); i++) {
            ReportResult result = results.get(i);
            if (!result.accepted()) {
                // Someone else owns the task now (lease expired, duplicate delivery): our answer is obsolete.
                LOG.log(Level.INFO, "dropped the outcome of task {0} (attempt {1}): {2} {3}", result.taskId(),
                        batch.get(i).task().attempt(), result.status(), result.detail());
            }
        }
    }

    private static TaskReport reportOf(TaskDelivery task, Outcome outcome) {
        if (outcome instanceof Outcome.Completed c) {
            return TaskReport.completed(task.id(), task.token(), c.result());
        }
        if (outcome instanceof Outcome.Decided d) {
            return TaskReport.decided(task.id(), task.token(), d.decision());
        }
        Outcome.Failed f = (Outcome.Failed) outcome;
        LOG.log(Level.DEBUG, "task {0} failed: {1}", task.id(), f.error().message());
        return TaskReport.failed(task.id(), task.token(), f.error());
    }
}
