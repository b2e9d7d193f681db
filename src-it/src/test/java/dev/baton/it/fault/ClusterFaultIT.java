package dev.baton.it.fault;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.it.support.Api;
import dev.baton.it.support.Await;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fault scenarios of docs/reliability.md against three real WildFly nodes (node1 and node2: api and
 * executor; node3: api only) on a private PostgreSQL server, with SDK workers in this JVM spread over the
 * nodes. Each scenario starts processes while it injects its fault, waits for every process to end, and
 * asserts the invariants on the database and the workers' log: none lost, every result right (each step
 * took effect exactly once), no completion accepted twice, no completion accepted that no worker produced.
 * The figures of every scenario are written to target/fault/figures.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultIT {

    private static final Path WORK = Path.of("target", "fault").toAbsolutePath();
    private static final int NO_FAULT_PROCESSES = Integer.getInteger("baton.fault.processes", 2000);
    private static final int RATE = Integer.getInteger("baton.fault.rate", 15);
    private static final Duration DRAIN = Duration.ofMinutes(3);

    private static FaultCluster cluster;
    private static ExecutionLog log;
    private static FaultWorkload workload;
    private static InvariantChecker checker;
    private static final List<Figures> FIGURES = new ArrayList<>();
    private static final List<String> NOTES = new ArrayList<>();
    private final Api api = Api.admin();

    @BeforeAll
    static void startCluster() throws IOException {
        deleteRecursively(WORK);
        // Short leases and a quick reconciler, so that the faults' effects show within the scenarios; many
        // attempts, because every lease that a fault cuts off counts as a failed attempt.
        cluster = new FaultCluster(3, WORK, Map.of(3, "api"), "-Dbaton.task.lease-timeout-seconds=8"
                + " -Dbaton.task.retry.max-attempts=50 -Dbaton.task.retry.max-interval-ms=2000"
                + " -Dbaton.recovery.reconcile-interval-seconds=5 -Dbaton.recovery.reconcile-grace-seconds=3");
        cluster.startDatabase();
        cluster.startAll();
        checker = new InvariantChecker(FaultCluster.jdbcUrl());
        log = new ExecutionLog(WORK.resolve("executions.log"));
        workload = new FaultWorkload(cluster, log);
        workload.startActors();
    }

    @AfterAll
    static void stopCluster() throws IOException {
        try {
            if (workload != null) {
                workload.close();
            }
            if (log != null) {
                log.close();
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
            StringBuilder report = new StringBuilder(Figures.header()).append('\n');
            FIGURES.forEach(f -> report.append(f.row()).append('\n'));
            NOTES.forEach(n -> report.append("\n- ").append(n));
            Files.createDirectories(WORK);
            Files.writeString(WORK.resolve("figures.md"), report + "\n");
            System.out.println("Fault run figures:\n" + report);
        }
    }

    @Test
    @Order(1)
    void aWorkerPollingOneNodeCompletesOnAnotherAndTheRegistryShowsEveryNode() {
        String decider = Api.actor("anyNode");
        String worker = Api.actor("anyNodeWorker");
        String id = api.on(cluster.url(3)).start(decider, "[1]");
        JsonNode decision = api.on(cluster.url(1)).pollOne(decider);
        assertEquals(204, api.on(cluster.url(2)).decide(decision, "{\"tasks\":[" + Api.task("a", worker, "[1]")
                + "],\"result\":" + Api.promise("a") + "}").status());
        JsonNode task = api.on(cluster.url(2)).pollOne(worker);
        assertEquals(204, api.on(cluster.url(3)).complete(task, "2").status());
        assertEquals(2, api.on(cluster.url(1)).awaitState(id, "COMPLETED").get("result").asInt());

        JsonNode nodes = Await.until(() -> api.on(cluster.url(3)).get("/cluster/nodes").json(),
                n -> n.size() == 3 && StreamSupport.stream(n.spliterator(), false)
                        .allMatch(x -> "UP".equals(x.get("state").asText())), Duration.ofSeconds(20), "three nodes UP");
        List<String> coordinators = StreamSupport.stream(nodes.spliterator(), false)
                .filter(n -> n.get("coordinator").asBoolean()).map(n -> n.get("id").asText()).toList();
        assertEquals(1, coordinators.size(), "exactly one coordinator: " + nodes);
        assertFalse(coordinators.contains("node3"), "an api-only node is never elected: " + nodes);
        JsonNode node3 = StreamSupport.stream(nodes.spliterator(), false)
                .filter(n -> "node3".equals(n.get("id").asText())).findFirst().orElseThrow();
        assertEquals("[\"api\"]", node3.get("roles").toString());
    }

    @Test
    @Order(2)
    void scenario1NoFaults() throws Exception {
        AtomicInteger started = new AtomicInteger();
        long began = System.nanoTime();
        workload.startProcesses("s1", NO_FAULT_PROCESSES, 10_000, started).join();
        finish("s1 no faults, 3 nodes", "s1", started.get(), began);
    }

    @Test
    @Order(3)
    void scenario2KillNineOneNodeRepeatedly() throws Exception {
        AtomicInteger started = new AtomicInteger();
        long began = System.nanoTime();
        FaultWorkload.Starters starter = workload.startProcesses("s2", Integer.MAX_VALUE, RATE, started);
        int[] victims = {1, 2, 1};
        for (int victim : victims) {
            Thread.sleep(5000);
            String coordinatorBefore = coordinator();
            cluster.kill(victim);
            long killed = System.nanoTime();
            Await.until(() -> nodeState(victim == 1 ? 2 : 1, "node" + victim), "DOWN"::equals, Duration.ofSeconds(30),
                    "node" + victim + " seen DOWN");
            NOTES.add(String.format("s2: node%d killed (coordinator before: %s); seen DOWN after %.1f s", victim,
                    coordinatorBefore, (System.nanoTime() - killed) / 1e9));
            cluster.startNode(victim);
            NOTES.add(String.format("s2: node%d restarted and ready %.0f s after the kill; coordinator now %s", victim,
                    (System.nanoTime() - killed) / 1e9, coordinator()));
        }
        starter.stop();
        finish("s2 kill -9 three times", "s2", started.get(), began);
    }

    @Test
    @Order(4)
    void scenario3PausedCoordinatorPastItsLeasesIsFencedWhenItResumes() throws Exception {
        AtomicInteger started = new AtomicInteger();
        long began = System.nanoTime();
        FaultWorkload.Starters starter = workload.startProcesses("s3", Integer.MAX_VALUE, RATE, started);
        Thread.sleep(5000);
        String paused = coordinator();
        int victim = Integer.parseInt(paused.substring("node".length()));
        long epochBefore = checker.coordinatorEpoch();
        cluster.pause(victim);
        long pausedAt = System.nanoTime();
        int witness = victim == 1 ? 2 : 1;
        Await.until(() -> nodeState(witness, paused), s -> !"UP".equals(s), Duration.ofSeconds(30), paused + " not UP");
        double suspectAfter = (System.nanoTime() - pausedAt) / 1e9;
        Await.until(() -> nodeState(witness, paused), "DOWN"::equals, Duration.ofSeconds(30), paused + " DOWN");
        NOTES.add(String.format("s3: the registry showed the paused %s as not UP (SUSPECT) after %.1f s and DOWN after %.1f s",
                paused, suspectAfter, (System.nanoTime() - pausedAt) / 1e9));
        // Past the task leases (8 s), the heartbeat timeout (10 s) and the coordinator lease (10 s).
        String successor = Await.until(() -> coordinatorSeenBy(witness), c -> c != null && !c.equals(paused),
                Duration.ofSeconds(60), "another coordinator while node" + victim + " sleeps");
        NOTES.add(String.format("s3: %s paused; %s coordinator after %.1f s", paused, successor,
                (System.nanoTime() - pausedAt) / 1e9));
        Thread.sleep(Math.max(0, 25_000 - (System.nanoTime() - pausedAt) / 1_000_000));
        cluster.resume(victim);
        long epochAfter = checker.coordinatorEpoch();
        assertTrue(epochAfter > epochBefore, "the coordinator role moved to a new epoch");
        Thread.sleep(10_000);
        starter.stop();
        Figures figures = finish("s3 SIGSTOP coordinator 25 s, SIGCONT", "s3", started.get(), began);
        JsonNode nodes = Await.until(() -> api.on(cluster.url(3)).get("/cluster/nodes").json(),
                n -> StreamSupport.stream(n.spliterator(), false).filter(x -> "UP".equals(x.get("state").asText())).count() == 3,
                Duration.ofSeconds(60), "the resumed node back in the cluster");
        assertEquals(1, StreamSupport.stream(nodes.spliterator(), false)
                .filter(n -> n.get("coordinator").asBoolean()).count(), "one coordinator after the merge: " + nodes);
        NOTES.add("s3: after SIGCONT the node rejoined; coordinator epoch " + epochBefore + " -> " + checker.coordinatorEpoch()
                + "; redeliveries " + figures.redeliveries());
    }

    @Test
    @Order(5)
    void scenario4PostgresRestartsInTheMiddle() throws Exception {
        AtomicInteger started = new AtomicInteger();
        long began = System.nanoTime();
        FaultWorkload.Starters starter = workload.startProcesses("s4", Integer.MAX_VALUE, RATE, started);
        Thread.sleep(5000);
        long down = System.nanoTime();
        cluster.stopDatabase();
        long asked = System.nanoTime();
        Api.Reply refused = api.on(cluster.url(2)).post("/processes", "{\"actor\":\"fault.Chain#1.0\",\"args\":[0]}");
        double answeredIn = (System.nanoTime() - asked) / 1e9;
        assertEquals(503, refused.status(), refused::toString);
        assertEquals("database-unavailable", refused.problemType());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
        assertTrue(answeredIn < 15, "a request fails fast while the database is down: " + answeredIn + " s");
        Thread.sleep(Math.max(0, 5000 - (System.nanoTime() - down) / 1_000_000));
        cluster.startDatabase();
        NOTES.add(String.format("s4: PostgreSQL stopped (fast shutdown) and started again after %.1f s; a start"
                + " meanwhile was answered 503 database-unavailable in %.1f s", (System.nanoTime() - down) / 1e9, answeredIn));
        int status = Await.until(() -> api.on(cluster.url(2)).get("/processes?limit=1").status(), s -> s == 200,
                Duration.ofSeconds(60), "the API answering from the database again");
        assertEquals(200, status);
        NOTES.add(String.format("s4: API served from the database again %.1f s after the stop",
                (System.nanoTime() - down) / 1e9));
        Thread.sleep(5000);
        starter.stop();
        finish("s4 PostgreSQL restart", "s4", started.get(), began);
    }

    @Test
    @Order(6)
    void scenario5ColdRestartOfTheWholeClusterWithWorkInFlight() throws Exception {
        AtomicInteger started = new AtomicInteger();
        long began = System.nanoTime();
        FaultWorkload.Starters starter = workload.startProcesses("s5", Integer.MAX_VALUE, RATE, started);
        Thread.sleep(6000);
        starter.stop();
        for (int i = 1; i <= cluster.nodes(); i++) {
            cluster.kill(i);
        }
        long down = System.nanoTime();
        cluster.startAll();
        NOTES.add(String.format("s5: all nodes killed with %d processes started, cluster ready again after %.0f s",
                started.get(), (System.nanoTime() - down) / 1e9));
        finish("s5 kill all nodes, cold start", "s5", started.get(), began);
    }

    @Test
    @Order(7)
    void scenario6ConcurrentAndLateCompletionsHaveExactlyOneAccepted() throws Exception {
        String decider = Api.actor("s6decider");
        String worker = Api.actor("s6worker");
        // Two workers completing the same delivery at once, through two different nodes.
        JsonNode task = workerTask(decider, worker, 30);
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> completeAfter(go, 2, task, "2"));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> completeAfter(go, 3, task, "2"));
        go.countDown();
        List<Integer> statuses = List.of(first.get(), second.get());
        assertEquals(1, statuses.stream().filter(s -> s == 204).count(), "one accepted: " + statuses);
        assertEquals(1, statuses.stream().filter(s -> s == 409).count(), "one refused as stale: " + statuses);

        // A late completion after a redelivery: the first delivery's lease runs out, the task is delivered
        // again, and both results arrive; only the current attempt's is accepted, whatever the order.
        JsonNode stale = workerTask(decider, worker, 2);
        JsonNode current = Await.until(() -> api.on(cluster.url(3)).poll(worker, 1, 5), l -> !l.isEmpty(),
                Duration.ofSeconds(60), "the redelivery").get(0);
        assertEquals(stale.get("id").asText(), current.get("id").asText());
        assertTrue(current.get("attempt").asInt() > stale.get("attempt").asInt());
        assertEquals(409, api.on(cluster.url(1)).complete(stale, "2").status(), "late result of the expired attempt");
        assertEquals(204, api.on(cluster.url(2)).complete(current, "2").status());
        assertEquals(409, api.on(cluster.url(3)).complete(stale, "2").status(), "late result after the accepted one");
        JsonNode history = api.on(cluster.url(1)).get("/processes/" + current.get("processId").asText() + "/history").json();
        long accepted = StreamSupport.stream(history.spliterator(), false)
                .filter(h -> "TASK_COMPLETED".equals(h.path("kind").asText())
                        && current.get("id").asText().equals(h.path("taskId").asText())).count();
        assertEquals(1, accepted, "one accepted completion in the history: " + history);
        NOTES.add("s6: concurrent completions of one delivery through node2 and node3 -> " + statuses
                + "; late result of an expired attempt -> 409 before and after the redelivery's result (204)");
    }

    private JsonNode workerTask(String decider, String worker, int timeoutSeconds) {
        String id = api.on(cluster.url(1)).start(decider, "[1]");
        JsonNode decision = api.on(cluster.url(2)).pollOne(decider);
        assertEquals(204, api.on(cluster.url(3)).decide(decision, "{\"tasks\":[{\"ref\":\"a\",\"actor\":\"" + worker
                + "\",\"args\":[1],\"timeoutSeconds\":" + timeoutSeconds + "}],\"result\":" + Api.promise("a") + "}").status());
        JsonNode task = api.on(cluster.url(1)).pollOne(worker);
        assertEquals(id, task.get("processId").asText());
        return task;
    }

    private int completeAfter(CountDownLatch go, int node, JsonNode task, String result) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return api.on(cluster.url(node)).complete(task, result).status();
    }

    /** Waits for the scenario's processes, computes its figures and asserts the invariants. */
    private Figures finish(String title, String scenario, int acknowledged, long began) throws Exception {
        int open = checker.awaitEnded(scenario, DRAIN);
        Figures figures = checker.figures(scenario, log, (System.nanoTime() - began) / 1e9);
        Figures named = new Figures(title, figures.started(), figures.completed(), figures.lost(), figures.wrongResults(),
                figures.duplicateAccepted(), figures.phantomCompletions(), figures.redeliveries(), figures.retriedTasks(),
                figures.maxReadyWaitSeconds(), figures.seconds());
        FIGURES.add(named);
        System.out.println(named.row());
        assertTrue(acknowledged > 0, "the scenario started processes");
        assertTrue(figures.started() >= acknowledged, "every start that returned success is in the database: "
                + acknowledged + " acknowledged, " + named);
        assertEquals(0, open, "processes still open after " + DRAIN.toSeconds() + " s: " + named);
        assertEquals(figures.started(), figures.completed(), "every started process completed: " + named);
        assertEquals(0, figures.lost(), named::toString);
        assertEquals(0, figures.wrongResults(), "each step took effect exactly once: " + named);
        assertEquals(0, figures.duplicateAccepted(), "no completion accepted twice: " + named);
        assertEquals(0, figures.phantomCompletions(), "no completion accepted that no worker produced: " + named);
        return named;
    }

    private String coordinator() {
        for (int i = 1; i <= cluster.nodes(); i++) {
            String c = coordinatorSeenBy(i);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** The coordinator as one node's registry shows it, or null (none yet, or the node does not answer). */
    private String coordinatorSeenBy(int node) {
        try {
            JsonNode nodes = api.on(cluster.url(node)).get("/cluster/nodes").json();
            return StreamSupport.stream(nodes.spliterator(), false).filter(n -> n.get("coordinator").asBoolean())
                    .map(n -> n.get("id").asText()).findFirst().orElse(null);
        } catch (RuntimeException | AssertionError e) {
            return null;
        }
    }

    private String nodeState(int seenBy, String id) {
        try {
            JsonNode nodes = api.on(cluster.url(seenBy)).get("/cluster/nodes").json();
            return StreamSupport.stream(nodes.spliterator(), false).filter(n -> id.equals(n.get("id").asText()))
                    .map(n -> n.get("state").asText()).findFirst().orElse("absent");
        } catch (RuntimeException e) {
            return "unknown";
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
