package dev.baton.client;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.baton.client.task.Decision;
import dev.baton.client.task.DecisionTask;
import dev.baton.client.task.TaskDelivery;
import dev.baton.client.testing.FakeBatonServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatonClientTest {

    private final FakeBatonServer server = new FakeBatonServer();
    private FakeBatonServer.Endpoint endpoint;
    private BatonClient client;

    @BeforeEach
    void open() throws Exception {
        endpoint = server.openEndpoint();
        client = BatonClient.create(options(endpoint.url()).build());
    }

    @AfterEach
    void close() {
        server.close();
    }

    static BatonClientOptions.Builder options(String... urls) {
        return BatonClientOptions.newBuilder().serverUrl(urls).credentials("baton", "baton")
                .backoff(Duration.ofMillis(10), Duration.ofMillis(50));
    }

    @Test
    void a_started_process_can_be_read_back_and_listed() {
        ProcessInfo started = client.startProcess("t.Start#1", List.of(41, "x"), "key-1");
        assertEquals(ProcessState.RUNNING, started.state());
        assertNotNull(started.createdAt());
        ProcessInfo read = client.getProcess(started.id());
        assertEquals("[41,\"x\"]", read.args().toString());
        assertEquals(started.id(), client.listProcesses(ProcessQuery.newBuilder().state(ProcessState.RUNNING).build())
                .items().get(0).id());
    }

    @Test
    void a_second_start_with_the_same_business_key_returns_the_first_process() {
        String first = client.startProcess("t.Start#1", List.of(), "same").id();
        assertEquals(first, client.startProcess("t.Start#1", List.of(), "same").id());
    }

    @Test
    void a_poll_without_ready_work_returns_an_empty_list_after_the_wait() {
        long start = System.nanoTime();
        assertTrue(client.poll("t.Nothing#1", "w", 10, 1).isEmpty());
        assertTrue(System.nanoTime() - start >= 900_000_000L, "the long poll waited");
    }

    @Test
    void a_long_poll_longer_than_the_request_timeout_does_not_time_out() {
        BatonClient impatient = BatonClient.create(options(endpoint.url()).requestTimeout(Duration.ofMillis(300)).build());
        assertTrue(impatient.poll("t.Nothing#1", "w", 1, 1).isEmpty());
    }

    @Test
    void a_worker_task_is_delivered_and_completed_with_its_token() {
        String id = server.enqueue("t.Work#1", "worker", null, JsonNodeFactory.instance.arrayNode().add(1));
        List<TaskDelivery> tasks = client.poll("t.Work#1", "w", 10, 0);
        assertEquals(id, tasks.get(0).id());
        assertEquals(1, tasks.get(0).attempt());
        client.complete(id, tasks.get(0).token(), JsonNodeFactory.instance.numberNode(2));
        assertEquals("COMPLETED", server.process(tasks.get(0).processId()).get("state").asText());
    }

    @Test
    void a_stale_token_is_a_conflict() {
        String id = server.enqueue("t.Work#1", "worker", null, JsonNodeFactory.instance.arrayNode());
        client.poll("t.Work#1", "w", 1, 0);
        assertThrows(BatonConflictException.class, () -> client.complete(id, "not-the-token", null));
    }

    @Test
    void an_unknown_task_is_not_found() {
        assertThrows(BatonNotFoundException.class, () -> client.heartbeat("nope", "t"));
    }

    @Test
    void a_decision_with_an_unknown_ref_is_a_bad_request_carrying_the_problem() {
        String id = server.enqueue("t.Decide#1", "decider", null, JsonNodeFactory.instance.arrayNode());
        TaskDelivery task = client.poll("t.Decide#1", "w", 1, 0).get(0);
        Decision decision = new Decision(List.of(DecisionTask.worker("a", "t.Work#1",
                List.of(Decision.promise("missing")))), null);
        BatonBadRequestException e = assertThrows(BatonBadRequestException.class,
                () -> client.completeDecision(id, task.token(), decision));
        assertEquals(400, e.status());
        assertEquals("unknown-ref", e.problemType());
        assertTrue(e.detail().contains("missing"));
    }

    @Test
    void wrong_credentials_are_an_auth_error() {
        BatonClient intruder = BatonClient.create(BatonClientOptions.newBuilder().serverUrl(endpoint.url())
                .credentials("baton", "wrong").build());
        assertThrows(BatonAuthException.class, () -> intruder.getProcess("x"));
    }

    @Test
    void requests_fail_over_to_the_next_url_when_a_server_is_unreachable() throws Exception {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0)) {
            deadPort = s.getLocalPort();
        }
        BatonClient failover = BatonClient.create(options("http://127.0.0.1:" + deadPort + "/api/v1",
                endpoint.url()).build());
        String id = failover.startProcess("t.Start#1", List.of(), "k").id();
        assertEquals(id, failover.getProcess(id).id());
    }

    @Test
    void requests_fail_over_to_the_next_url_on_server_errors() throws Exception {
        FakeBatonServer.Endpoint second = server.openEndpoint();
        BatonClient failover = BatonClient.create(options(endpoint.url(), second.url()).build());
        server.inject(line -> line.startsWith("POST /processes"), 503, 1);
        failover.startProcess("t.Start#1", List.of(), "k");
        assertEquals(1, second.served.get());
    }

    @Test
    void server_errors_are_retried_and_then_reported() {
        server.inject(line -> line.startsWith("GET"), 500, 100);
        BatonServerException e = assertThrows(BatonServerException.class, () -> client.getProcess("x"));
        assertEquals(500, e.status());
        assertEquals(client.options().maxAttempts(), endpoint.served.get());
    }

    @Test
    void a_start_without_business_key_is_not_blindly_retried_after_a_server_error() {
        server.inject(line -> line.startsWith("POST /processes"), 500, 1);
        assertThrows(BatonServerException.class, () -> client.startProcess("t.Start#1", List.of()));
        assertEquals(1, endpoint.served.get());
    }

    @Test
    void a_batch_report_answers_each_outcome_on_its_own() {
        String done = server.enqueue("t.Batch#1", "worker", null, JsonNodeFactory.instance.arrayNode().add(1));
        String failing = server.enqueue("t.Batch#1", "worker", null, JsonNodeFactory.instance.arrayNode().add(2));
        List<TaskDelivery> tasks = client.poll("t.Batch#1", "w", 10, 0);
        assertEquals(2, tasks.size());
        TaskDelivery first = tasks.get(0).id().equals(done) ? tasks.get(0) : tasks.get(1);
        TaskDelivery second = first == tasks.get(0) ? tasks.get(1) : tasks.get(0);
        List<dev.baton.client.task.ReportResult> results = client.report(List.of(
                dev.baton.client.task.TaskReport.completed(first.id(), first.token(), JsonNodeFactory.instance.numberNode(10)),
                dev.baton.client.task.TaskReport.completed(second.id(), "forged", JsonNodeFactory.instance.numberNode(20))));
        assertTrue(results.get(0).accepted());
        assertEquals(409, results.get(1).status());
        assertEquals("stale-token", results.get(1).problemType());
        assertEquals(failing, results.get(1).taskId());
        assertEquals("COMPLETED", server.process(first.processId()).get("state").asText());
    }
}
