package dev.baton.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.baton.client.BatonClient;
import dev.baton.client.BatonConflictException;
import dev.baton.client.BatonException;
import dev.baton.client.ErrorInfo;
import dev.baton.client.task.Decision;
import dev.baton.client.task.DecisionTask;
import dev.baton.client.task.ReportResult;
import dev.baton.client.task.TaskDelivery;
import dev.baton.client.task.TaskReport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The two actors of the workload as plain poll loops: each thread fetches up to {@code batch} tasks, runs
 * them, and reports their outcomes, either all in one request ({@code --report batch}, the SDK's way) or one
 * request per task ({@code --report single}, like the external-task workers the peers were measured with).
 */
final class Actors {

    static final String START = "bench.Start#1.0";
    static final String INCREMENT = "bench.Increment#1.0";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final BatonClient client;
    private final int batch;
    private final boolean batchReports;
    private final Stats stats;
    private volatile boolean running = true;

    Actors(BatonClient client, int batch, boolean batchReports, Stats stats) {
        this.client = client;
        this.batch = batch;
        this.batchReports = batchReports;
        this.stats = stats;
    }

    void stop() {
        running = false;
    }

    /** bench.Start: increment(arg) -> increment(previous) -> increment(previous), result = the last promise. */
    Runnable decider(String workerId) {
        return loop(START, workerId, task -> {
            JsonNode arg = task.args().get(0);
            Decision decision = new Decision(List.of(
                    DecisionTask.worker("i1", INCREMENT, List.of(arg)),
                    DecisionTask.worker("i2", INCREMENT, List.of(Decision.promise("i1"))),
                    DecisionTask.worker("i3", INCREMENT, List.of(Decision.promise("i2")))),
                    Decision.promise("i3"));
            return TaskReport.decided(task.id(), task.token(), decision);
        }, (task, report) -> {
        });
    }

    /**
     * bench.Increment: returns input + 1. When the input shows this is a process's last increment, the
     * completion watcher is told right after the result was accepted.
     */
    Runnable worker(String workerId, BiConsumer<String, Long> lastIncrementDone) {
        return loop(INCREMENT, workerId,
                task -> TaskReport.completed(task.id(), task.token(), NODES.numberNode(task.args().get(0).asLong() + 1)),
                (task, report) -> lastIncrementDone.accept(task.processId(), task.args().get(0).asLong()));
    }

    /** Runs one task and says what to report. */
    private interface Handler {
        TaskReport handle(TaskDelivery task);
    }

    /** Called after the server accepted a task's outcome. */
    private interface Accepted {
        void accept(TaskDelivery task, TaskReport report);
    }

    private Runnable loop(String actor, String workerId, Handler handler, Accepted accepted) {
        return () -> {
            while (running) {
                List<TaskDelivery> tasks;
                try {
                    tasks = client.poll(actor, workerId, batch, 1);
                } catch (BatonException e) {
                    stats.pollErrors.increment();
                    System.err.println("poll " + actor + " failed: " + e.getMessage());
                    pause();
                    continue;
                }
                List<TaskDelivery> ran = new ArrayList<>(tasks.size());
                List<TaskReport> reports = new ArrayList<>(tasks.size());
                for (TaskDelivery task : tasks) {
                    try {
                        reports.add(handler.handle(task));
                        ran.add(task);
                    } catch (RuntimeException e) {
                        stats.taskErrors.increment();
                        System.err.println(actor + " task " + task.id() + " failed: " + e);
                        tryFail(task, e);
                    }
                }
                if (batchReports) {
                    reportAll(actor, ran, reports, accepted);
                } else {
                    for (int i = 0; i < ran.size(); i++) {
                        reportOne(actor, ran.get(i), reports.get(i), accepted);
                    }
                }
            }
        };
    }

    private void reportAll(String actor, List<TaskDelivery> tasks, List<TaskReport> reports, Accepted accepted) {
        if (tasks.isEmpty()) {
            return;
        }
        try {
            List<ReportResult> results = client.report(reports);
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).accepted()) {
                    accepted.accept(tasks.get(i), reports.get(i));
                } else {
                    stats.conflicts.increment();
                }
            }
        } catch (RuntimeException e) {
            stats.taskErrors.increment();
            System.err.println(actor + " report of " + tasks.size() + " outcomes failed: " + e);
        }
    }

    private void reportOne(String actor, TaskDelivery task, TaskReport report, Accepted accepted) {
        try {
            if (report.isDecision()) {
                client.completeDecision(task.id(), task.token(), report.decision());
            } else {
                client.complete(task.id(), task.token(), report.result());
            }
            accepted.accept(task, report);
        } catch (BatonConflictException e) {
            stats.conflicts.increment();
        } catch (RuntimeException e) {
            stats.taskErrors.increment();
            System.err.println(actor + " task " + task.id() + " could not be reported: " + e);
        }
    }

    private void tryFail(TaskDelivery task, RuntimeException e) {
        try {
            client.fail(task.id(), task.token(), ErrorInfo.of(e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
        } catch (RuntimeException ignored) {
            // the lease expires and the server redelivers
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
