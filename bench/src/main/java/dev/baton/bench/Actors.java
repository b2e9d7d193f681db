package dev.baton.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.baton.client.BatonClient;
import dev.baton.client.BatonConflictException;
import dev.baton.client.BatonException;
import dev.baton.client.ErrorInfo;
import dev.baton.client.task.Decision;
import dev.baton.client.task.DecisionTask;
import dev.baton.client.task.TaskDelivery;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The two actors of the workload as plain poll loops: each thread fetches up to {@code batch} tasks and
 * completes them one by one, like the external-task workers the peers were measured with.
 */
final class Actors {

    static final String START = "bench.Start#1.0";
    static final String INCREMENT = "bench.Increment#1.0";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final BatonClient client;
    private final int batch;
    private final Stats stats;
    private volatile boolean running = true;

    Actors(BatonClient client, int batch, Stats stats) {
        this.client = client;
        this.batch = batch;
        this.stats = stats;
    }

    void stop() {
        running = false;
    }

    /** bench.Start: increment(arg) -> increment(previous) -> increment(previous), result = the last promise. */
    Runnable decider(String workerId) {
        return loop(START, workerId, (task, done) -> {
            JsonNode arg = task.args().get(0);
            Decision decision = new Decision(List.of(
                    DecisionTask.worker("i1", INCREMENT, List.of(arg)),
                    DecisionTask.worker("i2", INCREMENT, List.of(Decision.promise("i1"))),
                    DecisionTask.worker("i3", INCREMENT, List.of(Decision.promise("i2")))),
                    Decision.promise("i3"));
            client.completeDecision(task.id(), task.token(), decision);
        });
    }

    /**
     * bench.Increment: returns input + 1. When the input shows this is a process's last increment, the
     * completion watcher is told right after the result was accepted.
     */
    Runnable worker(String workerId, BiConsumer<String, Long> lastIncrementDone) {
        return loop(INCREMENT, workerId, (task, done) -> {
            long input = task.args().get(0).asLong();
            client.complete(task.id(), task.token(), NODES.numberNode(input + 1));
            lastIncrementDone.accept(task.processId(), input);
        });
    }

    private interface Handler {
        void handle(TaskDelivery task, Runnable done);
    }

    private Runnable loop(String actor, String workerId, Handler handler) {
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
                for (TaskDelivery task : tasks) {
                    try {
                        handler.handle(task, null);
                    } catch (BatonConflictException e) {
                        stats.conflicts.increment();
                    } catch (RuntimeException e) {
                        stats.taskErrors.increment();
                        System.err.println(actor + " task " + task.id() + " failed: " + e);
                        tryFail(task, e);
                    }
                }
            }
        };
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
