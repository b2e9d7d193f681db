package dev.baton.client.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * TEST DOUBLE standing in for the real Baton server (see package-info): an in-memory engine behind one or more
 * HTTP endpoints on the JDK's com.sun.net.httpserver, which share the engine so failover can be tested.
 */
public final class FakeBatonServer implements AutoCloseable {

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle plus delayed ACKs add
        // ~40 ms to every response with a body, which would distort the latency tests.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Object lock = new Object();
    private final Map<String, Proc> processes = new LinkedHashMap<>();
    private final Map<String, Task> tasks = new LinkedHashMap<>();
    private final Map<String, Deque<Task>> ready = new HashMap<>();
    private final List<Endpoint> endpoints = new ArrayList<>();
    private final ExecutorService executor = Executors.newCachedThreadPool();
    /** Every request any endpoint served, as "METHOD path body". */
    public final ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();
    public final AtomicInteger heartbeats = new AtomicInteger();
    private volatile long leaseMillis = 30_000;
    private final Deque<Rule> rules = new ArrayDeque<>();
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString("baton:baton".getBytes(StandardCharsets.UTF_8));

    /** Lease length given to every delivered attempt (short values exercise heartbeats). */
    public void leaseMillis(long value) {
        this.leaseMillis = value;
    }

    /** Answers the next {@code times} requests whose "METHOD path" matches with {@code status}. */
    public void inject(Predicate<String> request, int status, int times) {
        synchronized (rules) {
            rules.add(new Rule(request, status, times));
        }
    }

    public Endpoint openEndpoint() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Endpoint endpoint = new Endpoint(http);
        http.createContext("/api/v1/", endpoint::handle);
        http.setExecutor(executor);
        http.start();
        endpoints.add(endpoint);
        return endpoint;
    }

    public ObjectNode process(String id) {
        synchronized (lock) {
            return processes.get(id).toJson();
        }
    }

    public List<ObjectNode> tasksOf(String processId) {
        synchronized (lock) {
            return tasks.values().stream().filter(t -> t.processId.equals(processId)).map(Task::toJson).toList();
        }
    }

    /** Adds a raw ready task, for tests that drive the protocol by hand. */
    public String enqueue(String actor, String type, String method, ArrayNode args) {
        synchronized (lock) {
            Proc p = new Proc(UUID.randomUUID().toString(), actor, null, args);
            processes.put(p.id, p);
            Task t = newTask(p, actor, type, method, args, 3, false);
            p.rootTask = t.id;
            makeReady(t, args);
            return t.id;
        }
    }

    @Override
    public void close() {
        endpoints.forEach(e -> e.http.stop(0));
        executor.shutdownNow();
    }

    // ---- engine ----------------------------------------------------------------------------------------------

    private final class Proc {
        final String id;
        final String actor;
        final String businessKey;
        final JsonNode args;
        String state = "RUNNING";
        JsonNode result = NullNode.getInstance();
        JsonNode error = NullNode.getInstance();
        String rootTask;
        final Instant createdAt = Instant.now();
        Instant endedAt;

        Proc(String id, String actor, String businessKey, JsonNode args) {
            this.id = id;
            this.actor = actor;
            this.businessKey = businessKey;
            this.args = args;
        }

        ObjectNode toJson() {
            ObjectNode n = NODES.objectNode().put("id", id).put("actor", actor).put("businessKey", businessKey)
                    .put("state", state).put("createdAt", createdAt.toString())
                    .put("endedAt", endedAt == null ? null : endedAt.toString());
            n.set("args", args);
            n.set("result", result);
            n.set("error", error);
            return n;
        }
    }

    private static final class Task {
        String id;
        String processId;
        String actor;
        String type;
        String method;
        JsonNode args;          // with promises pointing at task ids
        JsonNode resolvedArgs;
        boolean acceptFail;
        int maxAttempts;
        int attempt;
        String token;
        String state = "WAITING"; // WAITING READY LEASED RESOLVING DONE FAILED
        JsonNode result = NullNode.getInstance();
        JsonNode rawResult;     // a decider's result before its promises resolve
        ObjectNode error;

        boolean isFinal() {
            return state.equals("DONE") || state.equals("FAILED");
        }

        ObjectNode toJson() {
            ObjectNode n = NODES.objectNode().put("id", id).put("processId", processId).put("actor", actor)
                    .put("type", type).put("method", method).put("state", state).put("attempt", attempt);
            n.set("args", args);
            n.set("result", result);
            n.set("error", error);
            return n;
        }
    }

    private Task newTask(Proc p, String actor, String type, String method, JsonNode args, int maxAttempts,
                         boolean acceptFail) {
        Task t = new Task();
        t.id = UUID.randomUUID().toString();
        t.processId = p.id;
        t.actor = actor;
        t.type = type;
        t.method = method;
        t.args = args;
        t.maxAttempts = maxAttempts;
        t.acceptFail = acceptFail;
        tasks.put(t.id, t);
        return t;
    }

    private void makeReady(Task t, JsonNode resolvedArgs) {
        t.resolvedArgs = resolvedArgs;
        t.state = "READY";
        ready.computeIfAbsent(t.actor, a -> new ArrayDeque<>()).add(t);
        lock.notifyAll();
    }

    /** Re-evaluates waiting and resolving tasks of a process until nothing changes. */
    private void settle(Proc p) {
        boolean changed = true;
        while (changed && p.state.equals("RUNNING")) {
            changed = false;
            for (Task t : tasks.values()) {
                if (!t.processId.equals(p.id) || !(t.state.equals("WAITING") || t.state.equals("RESOLVING"))) {
                    continue;
                }
                JsonNode source = t.state.equals("WAITING") ? t.args : t.rawResult;
                if (!allFinal(source)) {
                    continue;
                }
                changed = true;
                boolean tolerate = t.state.equals("WAITING") && t.acceptFail;
                ObjectNode failure = firstFailure(source);
                if (failure != null && !tolerate) {
                    if (t.state.equals("RESOLVING")) {
                        t.state = "FAILED";
                        t.error = failure;
                    } else {
                        endProcess(p, "FAILED", failure);
                        return;
                    }
                } else if (t.state.equals("WAITING")) {
                    makeReady(t, substitute(source));
                } else {
                    t.state = "DONE";
                    t.result = substitute(source);
                }
            }
            Task root = tasks.get(p.rootTask);
            if (root.state.equals("DONE")) {
                p.result = root.result;
                endProcess(p, "COMPLETED", null);
            } else if (root.state.equals("FAILED")) {
                endProcess(p, "FAILED", root.error);
            }
        }
    }

    private void endProcess(Proc p, String state, ObjectNode error) {
        p.state = state;
        p.error = error == null ? NullNode.getInstance() : error;
        p.endedAt = Instant.now();
    }

    private boolean allFinal(JsonNode node) {
        List<String> refs = new ArrayList<>();
        collectRefs(node, refs);
        return refs.stream().allMatch(id -> tasks.get(id).isFinal());
    }

    private ObjectNode firstFailure(JsonNode node) {
        List<String> refs = new ArrayList<>();
        collectRefs(node, refs);
        return refs.stream().map(tasks::get).filter(t -> t.state.equals("FAILED")).map(t -> t.error)
                .findFirst().orElse(null);
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node == null) {
            return;
        }
        if (node.isObject() && node.has("$promise")) {
            refs.add(node.get("$promise").asText());
        } else if (node.isObject() && node.has("$promises")) {
            node.get("$promises").forEach(r -> refs.add(r.asText()));
        } else if (node.isContainerNode()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }

    private JsonNode valueOf(String taskId) {
        Task t = tasks.get(taskId);
        if (t.state.equals("FAILED")) {
            return NODES.objectNode().set("$error", t.error);
        }
        return t.result;
    }

    private JsonNode substitute(JsonNode node) {
        if (node.isObject() && node.has("$promise")) {
            return valueOf(node.get("$promise").asText());
        }
        if (node.isObject() && node.has("$promises")) {
            ArrayNode values = NODES.arrayNode();
            node.get("$promises").forEach(r -> values.add(valueOf(r.asText())));
            return values;
        }
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), substitute(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(child -> copy.add(substitute(child)));
            return copy;
        }
        return node;
    }

    /** Rewrites refs of this decision into task ids; unknown refs are a 400. */
    private JsonNode rewrite(JsonNode node, Map<String, String> refs, String processId) {
        if (node == null) {
            return NullNode.getInstance();
        }
        if (node.isObject() && node.has("$promise")) {
            return NODES.objectNode().put("$promise", resolveRef(node.get("$promise").asText(), refs, processId));
        }
        if (node.isObject() && node.has("$promises")) {
            ObjectNode n = NODES.objectNode();
            ArrayNode ids = n.putArray("$promises");
            node.get("$promises").forEach(r -> ids.add(resolveRef(r.asText(), refs, processId)));
            return n;
        }
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), rewrite(e.getValue(), refs, processId)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(child -> copy.add(rewrite(child, refs, processId)));
            return copy;
        }
        return node;
    }

    private String resolveRef(String ref, Map<String, String> refs, String processId) {
        if (refs.containsKey(ref)) {
            return refs.get(ref);
        }
        Task existing = tasks.get(ref);
        if (existing != null && existing.processId.equals(processId)) {
            return ref;
        }
        throw new HttpError(400, "unknown-ref", "unknown promise ref " + ref);
    }

    // ---- HTTP ------------------------------------------------------------------------------------------------

    private record Rule(Predicate<String> request, int status, int[] left) {
        Rule(Predicate<String> request, int status, int times) {
            this(request, status, new int[]{times});
        }
    }

    private static final class HttpError extends RuntimeException {
        final int status;
        final String type;

        HttpError(int status, String type, String detail) {
            super(detail);
            this.status = status;
            this.type = type;
        }
    }

    public final class Endpoint {
        private final HttpServer http;
        public final AtomicInteger served = new AtomicInteger();

        private Endpoint(HttpServer http) {
            this.http = http;
        }

        public String url() {
            return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/v1";
        }

        public void stop() {
            http.stop(0);
        }

        private void handle(HttpExchange ex) throws IOException {
            served.incrementAndGet();
            String path = ex.getRequestURI().getPath().substring("/api/v1".length());
            String query = ex.getRequestURI().getRawQuery();
            String method = ex.getRequestMethod();
            byte[] in = ex.getRequestBody().readAllBytes();
            String line = method + " " + path;
            requests.add(line + " " + new String(in, StandardCharsets.UTF_8));
            try {
                Integer injected = injected(line);
                if (injected != null) {
                    throw new HttpError(injected, "injected", "injected failure");
                }
                if (!authorization.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                    throw new HttpError(401, "unauthorized", "bad credentials");
                }
                JsonNode body = in.length == 0 ? NullNode.getInstance() : JSON.readTree(in);
                Answer answer = route(method, path, query, body);
                if (answer.location != null) {
                    ex.getResponseHeaders().add("Location", answer.location);
                }
                send(ex, answer.status, answer.body, "application/json");
            } catch (HttpError e) {
                ObjectNode problem = NODES.objectNode().put("type", "https://baton.dev/problems/" + e.type).put("title", "error")
                        .put("status", e.status).put("detail", e.getMessage());
                send(ex, e.status, problem, "application/problem+json");
            } catch (RuntimeException e) {
                ObjectNode problem = NODES.objectNode().put("type", "internal").put("status", 500)
                        .put("detail", e.toString());
                send(ex, 500, problem, "application/problem+json");
            }
        }

        private Integer injected(String line) {
            synchronized (rules) {
                for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
                    Rule r = it.next();
                    if (r.request.test(line)) {
                        if (--r.left[0] <= 0) {
                            it.remove();
                        }
                        return r.status;
                    }
                }
            }
            return null;
        }

        private void send(HttpExchange ex, int status, JsonNode body, String type) throws IOException {
            if (body == null) {
                ex.sendResponseHeaders(status, -1);
                ex.close();
                return;
            }
            byte[] out = JSON.writeValueAsBytes(body);
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(status, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        }
    }

    private record Answer(int status, JsonNode body, String location) {
    }

    private Answer route(String method, String path, String query, JsonNode body) {
        String[] seg = path.substring(1).split("/");
        synchronized (lock) {
            if (method.equals("POST") && path.equals("/processes")) {
                return start(body);
            }
            if (method.equals("GET") && seg[0].equals("processes") && seg.length == 2) {
                return new Answer(200, proc(seg[1]).toJson(), null);
            }
            if (method.equals("GET") && seg[0].equals("processes") && seg.length == 3) {
                proc(seg[1]);
                ArrayNode list = NODES.arrayNode();
                tasksOf(seg[1]).forEach(list::add);
                return new Answer(200, list, null);
            }
            if (method.equals("GET") && path.equals("/processes")) {
                ObjectNode page = NODES.objectNode();
                ArrayNode items = page.putArray("items");
                processes.values().stream()
                        .filter(p -> query == null || !query.contains("state=") || query.contains("state=" + p.state))
                        .forEach(p -> items.add(p.toJson()));
                page.putNull("next");
                return new Answer(200, page, null);
            }
        }
        if (method.equals("POST") && path.equals("/tasks/poll")) {
            return poll(body);
        }
        if (method.equals("POST") && path.equals("/tasks/outcomes")) {
            return report(body.path("outcomes"));
        }
        synchronized (lock) {
            if (method.equals("POST") && seg[0].equals("tasks") && seg.length == 3) {
                Task t = tasks.get(seg[1]);
                if (t == null) {
                    throw new HttpError(404, "not-found", "no task " + seg[1]);
                }
                if (!t.state.equals("LEASED") || !body.path("token").asText().equals(t.token)) {
                    throw new HttpError(409, "stale-token", "task " + t.id + " is " + t.state);
                }
                switch (seg[2]) {
                    case "complete" -> complete(t, body);
                    case "fail" -> fail(t, body.get("error"));
                    case "heartbeat" -> {
                        heartbeats.incrementAndGet();
                        return new Answer(200, NODES.objectNode().put("leaseExpiresAt",
                                Instant.now().plusMillis(leaseMillis).toString()), null);
                    }
                    default -> throw new HttpError(404, "not-found", path);
                }
                settle(processes.get(t.processId));
                return new Answer(204, null, null);
            }
        }
        throw new HttpError(404, "not-found", path);
    }

    /** A batch report: each outcome answered on its own, like the real server. */
    private Answer report(JsonNode outcomes) {
        synchronized (lock) {
            ArrayNode answers = NODES.arrayNode();
            for (JsonNode outcome : outcomes) {
                String id = outcome.path("taskId").asText();
                Task t = tasks.get(id);
                ObjectNode answer = answers.addObject().put("taskId", id);
                if (t == null || !t.state.equals("LEASED") || !outcome.path("token").asText().equals(t.token)) {
                    int status = t == null ? 404 : 409;
                    answer.put("status", status);
                    answer.set("problem", NODES.objectNode().put("type", "https://baton.dev/problems/"
                            + (t == null ? "unknown-task" : "stale-token")).put("status", status)
                            .put("detail", "task " + id + (t == null ? " unknown" : " is " + t.state)));
                    continue;
                }
                if (outcome.has("error")) {
                    fail(t, outcome.get("error"));
                } else {
                    complete(t, outcome);
                }
                settle(processes.get(t.processId));
                answer.put("status", 204).putNull("problem");
            }
            return new Answer(200, NODES.objectNode().set("outcomes", answers), null);
        }
    }

    private Proc proc(String id) {
        Proc p = processes.get(id);
        if (p == null) {
            throw new HttpError(404, "not-found", "no process " + id);
        }
        return p;
    }

    private Answer start(JsonNode body) {
        String actor = body.path("actor").asText();
        String key = body.hasNonNull("businessKey") ? body.get("businessKey").asText() : null;
        if (key != null) {
            for (Proc p : processes.values()) {
                if (p.actor.equals(actor) && key.equals(p.businessKey)) {
                    return new Answer(200, p.toJson(), null);
                }
            }
        }
        JsonNode args = body.path("args").isArray() ? body.get("args") : NODES.arrayNode();
        Proc p = new Proc(UUID.randomUUID().toString(), actor, key, args);
        processes.put(p.id, p);
        Task root = newTask(p, actor, "decider", null, args, 3, false);
        p.rootTask = root.id;
        makeReady(root, args);
        return new Answer(201, p.toJson(), "/api/v1/processes/" + p.id);
    }

    private Answer poll(JsonNode body) {
        String actor = body.path("actor").asText();
        int max = Math.max(1, Math.min(100, body.path("max").asInt(1)));
        long deadline = System.currentTimeMillis() + 1000L * Math.min(60, body.path("waitSeconds").asInt(0));
        synchronized (lock) {
            Deque<Task> queue = ready.computeIfAbsent(actor, a -> new ArrayDeque<>());
            while (queue.isEmpty()) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return new Answer(204, null, null);
                }
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    return new Answer(204, null, null);
                }
            }
            ArrayNode out = NODES.arrayNode();
            while (!queue.isEmpty() && out.size() < max) {
                Task t = queue.poll();
                t.state = "LEASED";
                t.attempt++;
                t.token = UUID.randomUUID().toString();
                ObjectNode d = NODES.objectNode().put("id", t.id).put("processId", t.processId).put("actor", t.actor)
                        .put("type", t.type).put("method", t.method).put("attempt", t.attempt).put("token", t.token)
                        .put("leaseExpiresAt", Instant.now().plusMillis(leaseMillis).toString());
                d.set("args", t.resolvedArgs);
                out.add(d);
            }
            return new Answer(200, out, null);
        }
    }

    private void complete(Task t, JsonNode body) {
        if (t.type.equals("worker")) {
            t.state = "DONE";
            t.result = body.has("result") ? body.get("result") : NullNode.getInstance();
            return;
        }
        JsonNode decision = body.get("decision");
        Proc p = processes.get(t.processId);
        Map<String, String> refs = new HashMap<>();
        List<Task> created = new ArrayList<>();
        for (JsonNode d : decision.path("tasks")) {
            String ref = d.path("ref").asText();
            if (refs.containsKey(ref)) {
                throw new HttpError(400, "duplicate-ref", "duplicate ref " + ref);
            }
            Task n = newTask(p, d.path("actor").asText(), d.path("type").asText("worker"),
                    d.hasNonNull("method") ? d.get("method").asText() : null, d.get("args"),
                    d.path("retry").path("maxAttempts").asInt(3), d.path("acceptFail").asBoolean(false));
            refs.put(ref, n.id);
            created.add(n);
        }
        for (Task n : created) {
            n.args = rewrite(n.args, refs, p.id);
        }
        t.rawResult = rewrite(decision.get("result"), refs, p.id);
        t.state = "RESOLVING";
    }

    private void fail(Task t, JsonNode error) {
        boolean retryable = !error.has("retryable") || error.get("retryable").asBoolean();
        if (retryable && t.attempt < t.maxAttempts) {
            makeReady(t, t.resolvedArgs);
            return;
        }
        t.state = "FAILED";
        t.error = NODES.objectNode().put("type", error.path("type").asText())
                .put("message", error.path("message").asText()).put("details", error.path("details").asText(null));
    }
}
