package dev.baton.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.baton.it.BatonDeployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The REST API spoken the way curl would: raw JSON over HTTP, so the tests check the wire contract
 * itself and not a client library's reading of it.
 */
public final class Api {

    public static final String BASE = System.getProperty("baton.it.base",
            "http://127.0.0.1:" + BatonDeployment.HTTP_PORT + "/api/v1");
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String authorization;
    private final String base;

    private Api(String authorization) {
        this(authorization, BASE);
    }

    private Api(String authorization, String base) {
        this.authorization = authorization;
        this.base = base;
    }

    /** The same credentials against another server (e.g. another node of a cluster). */
    public Api on(String baseUrl) {
        return new Api(authorization, baseUrl);
    }

    public static Api as(String user, String password) {
        return new Api("Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static Api admin() {
        return as("baton", "baton");
    }

    public static Api anonymous() {
        return new Api(null);
    }

    /** A fresh actor name per test, so tests never see each other's queues. */
    public static String actor(String name) {
        return "it." + name + "_" + UUID.randomUUID().toString().substring(0, 8) + "#1.0";
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply postBytes(String path, byte[] body, String contentType) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(90));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = body == null || body.isBlank() ? null : JSON.readTree(body);
            String contentType = response.headers().firstValue("Content-Type").map(t -> t.split(";")[0].trim()).orElse(null);
            return new Reply(response.statusCode(), contentType, json,
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- Protocol steps, each asserting the documented success status. ---

    public String start(String actor, String argsJson) {
        Reply reply = post("/processes", "{\"actor\":\"" + actor + "\",\"args\":" + argsJson + "}");
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().get("id").asText();
    }

    public List<JsonNode> poll(String actor, int max, int waitSeconds) {
        Reply reply = post("/tasks/poll", "{\"actor\":\"" + actor + "\",\"workerId\":\"it-worker\",\"max\":" + max
                + ",\"waitSeconds\":" + waitSeconds + "}");
        if (reply.status() == 204) {
            return List.of();
        }
        assertEquals(200, reply.status(), reply::toString);
        List<JsonNode> tasks = new ArrayList<>();
        ((ArrayNode) reply.json()).forEach(tasks::add);
        return tasks;
    }

    /** Polls until exactly one task arrives (waiting up to 20 s) and returns it. */
    public JsonNode pollOne(String actor) {
        List<JsonNode> tasks = poll(actor, 1, 20);
        assertEquals(1, tasks.size(), "expected one task of " + actor);
        return tasks.get(0);
    }

    public Reply complete(JsonNode task, String resultJson) {
        return post("/tasks/" + task.get("id").asText() + "/complete",
                "{\"token\":\"" + task.get("token").asText() + "\",\"result\":" + resultJson + "}");
    }

    public Reply decide(JsonNode task, String decisionJson) {
        return post("/tasks/" + task.get("id").asText() + "/complete",
                "{\"token\":\"" + task.get("token").asText() + "\",\"decision\":" + decisionJson + "}");
    }

    public Reply fail(JsonNode task, String type, boolean retryable) {
        return post("/tasks/" + task.get("id").asText() + "/fail", "{\"token\":\"" + task.get("token").asText()
                + "\",\"error\":{\"type\":\"" + type + "\",\"message\":\"it failed\",\"retryable\":" + retryable + "}}");
    }

    public JsonNode process(String id) {
        Reply reply = get("/processes/" + id);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** Waits until the process reaches the given state; fails with the last seen process otherwise. */
    public JsonNode awaitState(String id, String state) {
        return Await.until(() -> process(id), p -> state.equals(p.get("state").asText()), Duration.ofSeconds(30),
                "process " + id + " to become " + state);
    }

    public JsonNode tasks(String processId) {
        Reply reply = get("/processes/" + processId + "/tasks");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /**
     * Moves the test server's engine clock forward (the server runs with {@code baton.clock.adjustable=true});
     * whatever becomes due is handled on the engine's next one-second tick. Returns the new engine time.
     */
    public java.time.Instant advanceClock(Duration by) {
        Reply reply = post("/clock/advance", "{\"seconds\":" + by.toSeconds() + "}");
        assertEquals(200, reply.status(), reply::toString);
        return java.time.Instant.parse(reply.json().get("now").asText());
    }

    /** The test server's engine time. */
    public java.time.Instant now() {
        return java.time.Instant.parse(get("/clock").json().get("now").asText());
    }

    /** Waits until the process's task at {@code index} (creation order) satisfies the condition. */
    public JsonNode awaitTask(String processId, int index, java.util.function.Predicate<JsonNode> condition) {
        return Await.until(() -> tasks(processId).get(index), condition, Duration.ofSeconds(30),
                "task " + index + " of process " + processId);
    }

    /** POSTs an operation ({@code suspend}, {@code cancel}, ...) on a process and returns the answer. */
    public Reply operate(String processId, String operation) {
        return post("/processes/" + processId + "/" + operation, "{\"reason\":\"it test\"}");
    }

    /** A decision task as JSON. */
    public static String task(String ref, String actor, String argsJson) {
        return "{\"ref\":\"" + ref + "\",\"actor\":\"" + actor + "\",\"args\":" + argsJson + "}";
    }

    public static String promise(String ref) {
        return "{\"$promise\":\"" + ref + "\"}";
    }

    public record Reply(int status, String contentType, JsonNode json, String location) {
        public String problemType() {
            return json == null || json.get("type") == null ? null
                    : json.get("type").asText().replace("https://baton.dev/problems/", "");
        }
    }
}
