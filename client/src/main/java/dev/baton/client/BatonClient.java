package dev.baton.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.client.internal.decision.PayloadCodec;
import dev.baton.client.internal.http.HttpTransport;
import dev.baton.client.internal.http.Response;
import dev.baton.client.internal.http.Retry;
import dev.baton.client.internal.json.WireJson;
import dev.baton.client.task.Decision;
import dev.baton.client.task.ReportResult;
import dev.baton.client.task.TaskReport;
import dev.baton.client.task.TaskDelivery;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Baton REST API for applications and actors. Thread-safe; create one per application and share it.
 * Requests retry on connection errors and 5xx with failover across the configured URLs, then throw
 * {@link BatonServerException}; other refusals throw the typed subclasses of {@link BatonException} at once.
 */
public final class BatonClient {

    /** The server caps a poll batch at this size; asking for more is pointless. */
    public static final int MAX_POLL_BATCH = 100;

    private static final Duration POLL_MARGIN = Duration.ofSeconds(10);
    private static final TypeReference<List<TaskDelivery>> TASK_LIST = new TypeReference<>() {
    };
    private static final TypeReference<List<JsonNode>> NODE_LIST = new TypeReference<>() {
    };

    private final BatonClientOptions options;
    private final HttpTransport transport;
    private final ObjectMapper wire = WireJson.mapper();
    private final PayloadCodec codec;

    private BatonClient(BatonClientOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.transport = new HttpTransport(options);
        this.codec = new PayloadCodec(options.objectMapper());
    }

    public static BatonClient create(BatonClientOptions options) {
        return new BatonClient(options);
    }

    public BatonClientOptions options() {
        return options;
    }

    // ---- processes -------------------------------------------------------------------------------------------

    /** Starts a process of the decider {@code actor} ({@code name#version}) with the given arguments. */
    public ProcessInfo startProcess(String actor, List<?> args) {
        return startProcess(actor, args, ProcessOptions.defaults());
    }

    /**
     * Starts a process, or returns the existing one when {@code businessKey} was used before for this actor.
     * Arguments are mapped with the configured object mapper.
     */
    public ProcessInfo startProcess(String actor, List<?> args, String businessKey) {
        return startProcess(actor, args, ProcessOptions.businessKey(businessKey));
    }

    /** Starts a process with the given options (business key, deadline). */
    public ProcessInfo startProcess(String actor, List<?> args, ProcessOptions processOptions) {
        ObjectNode body = wire.createObjectNode();
        body.put("actor", Objects.requireNonNull(actor, "actor"));
        body.set("args", codec.encodeAll(args == null ? new Object[0] : args.toArray()));
        String businessKey = processOptions.businessKey();
        if (businessKey != null) {
            body.put("businessKey", businessKey);
        }
        if (processOptions.deadline() != null) {
            body.put("deadlineSeconds", Math.max(1, (processOptions.deadline().toMillis() + 999) / 1000));
            body.put("onDeadline", processOptions.cancelAtDeadline() ? "cancel" : "fail");
        }
        // Without a business key a blind retry could start the process twice.
        Retry retry = businessKey != null ? Retry.SAFE : Retry.UNSAFE;
        return read(transport.send("POST", "/processes", bytes(body), options.requestTimeout(), retry),
                ProcessInfo.class);
    }

    /** A typed way to start processes of a {@code @Decider} interface: {@code newProcess(X.class).start(args)}. */
    public ProcessStarter newProcess(Class<?> deciderInterface) {
        return newProcess(deciderInterface, ProcessOptions.defaults());
    }

    public ProcessStarter newProcess(Class<?> deciderInterface, ProcessOptions processOptions) {
        return new ProcessStarter(this, deciderInterface, processOptions);
    }

    public ProcessInfo getProcess(String processId) {
        return read(get("/processes/" + segment(processId)), ProcessInfo.class);
    }

    public ProcessPage listProcesses(ProcessQuery query) {
        StringBuilder path = new StringBuilder("/processes");
        char sep = '?';
        for (String[] p : new String[][]{
                {"state", query.state() == null ? null : query.state().name()},
                {"actor", query.actor()},
                {"businessKey", query.businessKey()},
                {"limit", query.limit() == null ? null : query.limit().toString()},
                {"cursor", query.cursor()}}) {
            if (p[1] != null) {
                path.append(sep).append(p[0]).append('=').append(URLEncoder.encode(p[1], StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return read(get(path.toString()), ProcessPage.class);
    }

    /** The tasks of a process as the server describes them (diagnostics; the shape is the server's). */
    public List<JsonNode> getProcessTasks(String processId) {
        return read(get("/processes/" + segment(processId) + "/tasks"), NODE_LIST);
    }

    /**
     * Polls {@code GET /processes/{id}} until the process is terminal, starting at 20 ms and slowing to 1 s.
     *
     * @throws BatonTimeoutException when {@code timeout} passes first
     */
    public ProcessInfo awaitCompletion(String processId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 20;
        while (true) {
            ProcessInfo info = getProcess(processId);
            if (info.isTerminal()) {
                return info;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new BatonTimeoutException(info, "process " + processId + " still " + info.state()
                        + " after " + timeout);
            }
            try {
                Thread.sleep(Math.min(pause, Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BatonInterruptedException(e);
            }
            pause = Math.min(1000, pause * 3 / 2);
        }
    }

    /**
     * Waits for the process and returns its result as {@code type}.
     *
     * @throws BatonProcessFailedException when it ended FAILED or CANCELLED
     */
    public <T> T awaitResult(String processId, Duration timeout, Class<T> type) {
        ProcessInfo info = awaitCompletion(processId, timeout);
        if (info.state() != ProcessState.COMPLETED) {
            throw new BatonProcessFailedException(info);
        }
        return resultOf(info, type);
    }

    /** Converts a process result with the configured object mapper. */
    public <T> T resultOf(ProcessInfo info, Class<T> type) {
        try {
            return info.result() == null ? null : options.objectMapper().treeToValue(info.result(), type);
        } catch (IOException e) {
            throw new IllegalArgumentException("result of " + info.id() + " is not a " + type.getName(), e);
        }
    }

    // ---- events and operations -------------------------------------------------------------------------------

    /**
     * Delivers the event {@code name} with {@code payload} (mapped with the configured object mapper) to the
     * process. {@code deliveryKey} (e.g. your message id; may be null) makes a repeated delivery harmless, and
     * makes this call safe to retry.
     */
    public EventReceipt sendEvent(String processId, String name, Object payload, String deliveryKey) {
        ObjectNode body = wire.createObjectNode().put("processId", Objects.requireNonNull(processId, "processId"));
        return postEvent(body, name, payload, deliveryKey);
    }

    /** Delivers an event to the process that {@code actor} started with {@code businessKey}. */
    public EventReceipt sendEvent(String actor, String businessKey, String name, Object payload, String deliveryKey) {
        ObjectNode body = wire.createObjectNode().put("actor", Objects.requireNonNull(actor, "actor"))
                .put("businessKey", Objects.requireNonNull(businessKey, "businessKey"));
        return postEvent(body, name, payload, deliveryKey);
    }

    private EventReceipt postEvent(ObjectNode body, String name, Object payload, String deliveryKey) {
        body.put("name", Objects.requireNonNull(name, "name"));
        body.set("payload", codec.encode(payload));
        if (deliveryKey != null) {
            body.put("key", deliveryKey);
        }
        Retry retry = deliveryKey != null ? Retry.SAFE : Retry.UNSAFE;
        return read(transport.send("POST", "/events", bytes(body), options.requestTimeout(), retry), EventReceipt.class);
    }

    /** Suspends a running process (role baton-admin): nothing new is dispatched until it is resumed. */
    public ProcessInfo suspendProcess(String processId, String reason) {
        return operate(processId, "suspend", reason);
    }

    public ProcessInfo resumeProcess(String processId, String reason) {
        return operate(processId, "resume", reason);
    }

    /** Cancels an unfinished process for good; later completions of its tasks are refused. */
    public ProcessInfo cancelProcess(String processId, String reason) {
        return operate(processId, "cancel", reason);
    }

    /** Restarts a failed process from the task whose failure failed it. */
    public ProcessInfo restartProcess(String processId, String reason) {
        return operate(processId, "restart", reason);
    }

    /** Restarts the failed task that failed its process, with corrected arguments ({@code null}: unchanged). */
    public ProcessInfo restartTask(String taskId, List<?> correctedArgs, String reason) {
        ObjectNode body = wire.createObjectNode();
        if (correctedArgs != null) {
            body.set("args", codec.encodeAll(correctedArgs.toArray()));
        }
        if (reason != null) {
            body.put("reason", reason);
        }
        return read(transport.send("POST", "/tasks/" + segment(taskId) + "/restart", bytes(body),
                options.requestTimeout(), Retry.UNSAFE), ProcessInfo.class);
    }

    private ProcessInfo operate(String processId, String operation, String reason) {
        ObjectNode body = wire.createObjectNode();
        if (reason != null) {
            body.put("reason", reason);
        }
        return read(transport.send("POST", "/processes/" + segment(processId) + "/" + operation, bytes(body),
                options.requestTimeout(), Retry.UNSAFE), ProcessInfo.class);
    }

    // ---- tasks -----------------------------------------------------------------------------------------------

    /**
     * Leases up to {@code max} ready tasks of {@code actor}, waiting up to {@code waitSeconds} for the first.
     *
     * @return the tasks, empty when none arrived in time
     */
    public List<TaskDelivery> poll(String actor, String workerId, int max, int waitSeconds) {
        ObjectNode body = wire.createObjectNode()
                .put("actor", actor)
                .put("workerId", workerId)
                .put("max", Math.max(1, Math.min(max, MAX_POLL_BATCH)))
                .put("waitSeconds", Math.max(0, waitSeconds));
        // The read timeout must outlast the server's wait, or every idle long poll would look like a failure.
        Duration timeout = options.requestTimeout().plus(Duration.ofSeconds(Math.max(0, waitSeconds))).plus(POLL_MARGIN);
        Response response = transport.send("POST", "/tasks/poll", bytes(body), timeout, Retry.SAFE);
        return response.hasBody() ? read(response, TASK_LIST) : List.of();
    }

    /** Completes a worker task with its result (any JSON, {@code null} allowed). */
    public void complete(String taskId, String token, JsonNode result) {
        ObjectNode body = wire.createObjectNode().put("token", token);
        body.set("result", result == null ? wire.nullNode() : result);
        post("/tasks/" + segment(taskId) + "/complete", body);
    }

    /** Completes a decider task with its decision. */
    public void completeDecision(String taskId, String token, Decision decision) {
        ObjectNode body = wire.createObjectNode().put("token", token);
        body.set("decision", wire.valueToTree(decision));
        post("/tasks/" + segment(taskId) + "/complete", body);
    }

    /** Fails the current attempt; the server retries per the task's policy unless {@code retryable} is false. */
    public void fail(String taskId, String token, ErrorInfo error) {
        ObjectNode body = wire.createObjectNode().put("token", token);
        body.set("error", wire.valueToTree(error));
        post("/tasks/" + segment(taskId) + "/fail", body);
    }

    /**
     * Reports many outcomes at once (results, decisions, failed attempts; at most {@link #MAX_POLL_BATCH}).
     * The server applies them in one transaction and answers each on its own, in order. Safe to retry: an
     * outcome the server already accepted is answered 409 the second time and changes nothing.
     */
    public List<ReportResult> report(List<TaskReport> reports) {
        ObjectNode body = wire.createObjectNode();
        var outcomes = body.putArray("outcomes");
        for (TaskReport report : reports) {
            ObjectNode outcome = outcomes.addObject().put("taskId", report.taskId()).put("token", report.token());
            if (report.isDecision()) {
                outcome.set("decision", wire.valueToTree(report.decision()));
            } else if (report.isFailure()) {
                outcome.set("error", wire.valueToTree(report.error()));
            } else {
                outcome.set("result", report.result() == null ? wire.nullNode() : report.result());
            }
        }
        Response response = transport.send("POST", "/tasks/outcomes", bytes(body), options.requestTimeout(), Retry.SAFE);
        JsonNode answers = read(response, JsonNode.class).path("outcomes");
        List<ReportResult> results = new ArrayList<>(answers.size());
        for (JsonNode answer : answers) {
            JsonNode problem = answer.path("problem");
            String type = problem.path("type").asText(null);
            results.add(new ReportResult(answer.path("taskId").asText(), answer.path("status").asInt(),
                    type == null ? null : type.substring(type.lastIndexOf('/') + 1), problem.path("detail").asText(null)));
        }
        return results;
    }

    /** Extends the lease of a running attempt. */
    public Instant heartbeat(String taskId, String token) {
        ObjectNode body = wire.createObjectNode().put("token", token);
        Response response = transport.send("POST", "/tasks/" + segment(taskId) + "/heartbeat", bytes(body),
                options.requestTimeout(), Retry.SAFE);
        if (!response.hasBody()) {
            return null;
        }
        return read(response, HeartbeatAnswer.class).leaseExpiresAt();
    }

    // ---- plumbing --------------------------------------------------------------------------------------------

    ObjectMapper payloadMapper() {
        return codec.mapper();
    }

    PayloadCodec codec() {
        return codec;
    }

    private Response get(String path) {
        return transport.send("GET", path, null, options.requestTimeout(), Retry.SAFE);
    }

    private void post(String path, JsonNode body) {
        transport.send("POST", path, bytes(body), options.requestTimeout(), Retry.SAFE);
    }

    private byte[] bytes(Object body) {
        try {
            return wire.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot serialize request", e);
        }
    }

    private <T> T read(Response response, Class<T> type) {
        try {
            return wire.readValue(response.body(), type);
        } catch (IOException e) {
            throw new BatonException(response.status(), null, null, "unreadable answer from server: " + e, e);
        }
    }

    private <T> T read(Response response, TypeReference<T> type) {
        try {
            return wire.readValue(response.body(), type);
        } catch (IOException e) {
            throw new BatonException(response.status(), null, null, "unreadable answer from server: " + e, e);
        }
    }

    private static String segment(String id) {
        return URLEncoder.encode(Objects.requireNonNull(id, "id"), StandardCharsets.UTF_8).replace("+", "%20");
    }

    private record HeartbeatAnswer(
            @com.fasterxml.jackson.databind.annotation.JsonDeserialize(
                    using = dev.baton.client.internal.json.IsoInstantDeserializer.class) Instant leaseExpiresAt) {
    }

    static List<Object> argList(Object[] args) {
        List<Object> list = new ArrayList<>();
        if (args != null) {
            java.util.Collections.addAll(list, args);
        }
        return list;
    }
}
