package dev.baton.client.runner;

import dev.baton.client.BatonClient;
import dev.baton.client.BatonClientOptions;
import dev.baton.client.ProcessInfo;
import dev.baton.client.ProcessOptions;
import dev.baton.client.ProcessState;
import dev.baton.client.actor.Decider;
import dev.baton.client.actor.Decisions;
import dev.baton.client.actor.Execute;
import dev.baton.client.actor.Promise;
import dev.baton.client.actor.Worker;
import dev.baton.client.actor.WorkerClient;
import dev.baton.client.testing.FakeBatonServer;
import dev.baton.example.orders.ChargePaymentImpl;
import dev.baton.example.orders.CheckInventoryImpl;
import dev.baton.example.orders.Order;
import dev.baton.example.orders.OrderDecider;
import dev.baton.example.orders.OrderDeciderImpl;
import dev.baton.example.orders.OrderResult;
import dev.baton.example.orders.ShipOrderImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorRunnerTest {

    private final FakeBatonServer server = new FakeBatonServer();
    private BatonClient client;
    private ActorRunner runner;

    @Worker(name = "test.Slow", version = "1.0")
    interface Slow {
        int work(int millis);
    }

    @WorkerClient(worker = Slow.class)
    interface SlowClient {
        Promise<Integer> work(int millis);
    }

    @Decider(name = "test.SlowProcess", version = "1.0")
    interface SlowProcess {
        @Execute
        Promise<Integer> run(int millis);
    }

    static final class SlowProcessImpl implements SlowProcess {
        private final SlowClient slow = Decisions.client(SlowClient.class);

        @Override
        public Promise<Integer> run(int millis) {
            return slow.work(millis);
        }
    }

    @BeforeEach
    void open() throws Exception {
        FakeBatonServer.Endpoint endpoint = server.openEndpoint();
        client = BatonClient.create(BatonClientOptions.newBuilder().serverUrl(endpoint.url())
                .credentials("baton", "baton").backoff(Duration.ofMillis(10), Duration.ofMillis(50)).build());
    }

    @AfterEach
    void close() {
        if (runner != null) {
            runner.shutdownNow();
        }
        server.close();
    }

    private ActorRunner.Builder runner() {
        return ActorRunner.builder().client(client).pollWaitSeconds(1).shutdownTimeout(Duration.ofSeconds(30));
    }

    private ActorRunner orderActors() {
        return runner().register(new CheckInventoryImpl(), 2).register(new ChargePaymentImpl(), 2)
                .register(new ShipOrderImpl(), 2).register(new OrderDeciderImpl(), 2).build().start();
    }

    @Test
    void the_order_example_completes_with_a_shipped_result() {
        runner = orderActors();
        String id = client.newProcess(OrderDecider.class, ProcessOptions.businessKey("o-1"))
                .start(new Order("o-1", "book", 1, 500));
        OrderResult result = client.awaitResult(id, Duration.ofSeconds(60), OrderResult.class);
        assertTrue(result.shipped());
        assertTrue(result.trackingNumber().contains("-tx-"), result.trackingNumber());
    }

    @Test
    void a_declined_payment_fails_the_order_process_with_the_workers_error_type() {
        runner = orderActors();
        String id = client.newProcess(OrderDecider.class).start(new Order("o-2", "car", 1, 5_000_000));
        ProcessInfo done = client.awaitCompletion(id, Duration.ofSeconds(60));
        assertEquals(ProcessState.FAILED, done.state());
        assertEquals("PaymentDeclined", done.error().type());
    }

    @Test
    void many_processes_run_concurrently_on_small_pools() {
        runner = orderActors();
        List<String> ids = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> client.newProcess(OrderDecider.class).start(new Order("m-" + i, "pen", 1, 100)))
                .toList();
        for (String id : ids) {
            assertEquals(ProcessState.COMPLETED, client.awaitCompletion(id, Duration.ofSeconds(20)).state());
        }
    }

    @Test
    void a_task_running_longer_than_a_third_of_its_lease_is_heartbeated() {
        server.leaseMillis(600);
        runner = runner().register(new SlowProcessImpl(), 1).register((Slow) millis -> {
            sleep(millis);
            return millis;
        }, 1).build().start();
        String id = client.newProcess(SlowProcess.class).start(1000);
        assertEquals(1000, client.awaitResult(id, Duration.ofSeconds(60), Integer.class));
        assertTrue(server.heartbeats.get() >= 2, "heartbeats: " + server.heartbeats.get());
    }

    @Test
    void a_failing_worker_is_retried_by_the_server_and_succeeds_on_a_later_attempt() {
        AtomicInteger calls = new AtomicInteger();
        runner = runner().register(new SlowProcessImpl(), 1).register((Slow) millis -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("first attempt fails");
            }
            return millis;
        }, 1).build().start();
        String id = client.newProcess(SlowProcess.class).start(5);
        assertEquals(5, client.awaitResult(id, Duration.ofSeconds(60), Integer.class));
        assertTrue(server.requests.stream().anyMatch(r -> r.startsWith("POST /tasks/outcomes")
                && r.contains("\"error\"") && r.contains("IllegalStateException") && r.contains("\"details\"")));
    }

    @Test
    void a_completion_refused_with_409_is_dropped_and_not_retried() throws Exception {
        server.inject(line -> line.startsWith("POST /tasks/outcomes"), 409, 1);
        CountDownLatch ran = new CountDownLatch(1);
        runner = runner().register((Slow) millis -> {
            ran.countDown();
            return millis;
        }, 1).build().start();
        server.enqueue("test.Slow#1.0", "worker", null,
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(1));
        assertTrue(ran.await(60, TimeUnit.SECONDS));
        Thread.sleep(300);
        assertEquals(1, server.requests.stream().filter(r -> r.startsWith("POST /tasks/outcomes")).count());
        assertEquals(0, runner.inFlight());
    }

    @Test
    void shutdown_stops_polling_and_lets_the_running_task_finish_and_report() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        runner = runner().register(new SlowProcessImpl(), 1).register((Slow) millis -> {
            started.countDown();
            sleep(millis);
            return millis;
        }, 1).build().start();
        String id = client.newProcess(SlowProcess.class).start(500);
        assertTrue(started.await(60, TimeUnit.SECONDS));
        runner.shutdown();
        assertTrue(runner.awaitTermination(Duration.ofSeconds(30)));
        assertEquals(ProcessState.COMPLETED, client.getProcess(id).state());
        int polls = (int) server.requests.stream().filter(r -> r.startsWith("POST /tasks/poll")).count();
        Thread.sleep(200);
        assertEquals(polls, server.requests.stream().filter(r -> r.startsWith("POST /tasks/poll")).count());
        assertFalse(runner.inFlight() > 0);
    }

    @Test
    void polls_ask_for_as_many_tasks_as_there_are_idle_threads() throws Exception {
        runner = runner().register((Slow) millis -> millis, 3).build().start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.requests.stream().noneMatch(r -> r.startsWith("POST /tasks/poll")) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(server.requests.stream().anyMatch(r -> r.startsWith("POST /tasks/poll") && r.contains("\"max\":3")),
                () -> "polls seen: " + server.requests);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
