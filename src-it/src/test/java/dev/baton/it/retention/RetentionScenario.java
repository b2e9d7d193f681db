package dev.baton.it.retention;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.it.BatonDeployment;
import dev.baton.it.support.Api;
import dev.baton.it.support.Await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.baton.it.support.Api.promise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client side of {@link RetentionIT}, over the REST API and the metrics endpoint. A class of its own because
 * the test class is also loaded inside the server, where the JSON library of these steps is not available.
 */
final class RetentionScenario {

    private RetentionScenario() {
    }

    static void deletesExactlyTheFinishedProcessesPastTheirRetention() {
        Api api = Api.admin();
        String decider = Api.actor("retained");
        String worker = Api.actor("retained-worker");
        String key = "order-" + UUID.randomUUID();

        // Completed, with a business key, an event in its mailbox, promise edges and history.
        String completed = api.post("/processes", "{\"actor\":\"" + decider + "\",\"args\":[],\"businessKey\":\"" + key
                + "\"}").json().get("id").asText();
        assertEquals(200, api.post("/processes/" + completed + "/events/unused", "{\"x\":1}").status());
        assertEquals(204, api.decide(api.pollOne(decider), "{\"tasks\":[" + Api.task("a", worker, "[1]") + ","
                + Api.task("b", worker, "[" + promise("a") + "]") + "],\"result\":" + promise("b") + "}").status());
        assertEquals(204, api.complete(api.pollOne(worker), "2").status());
        assertEquals(204, api.complete(api.pollOne(worker), "3").status());
        api.awaitState(completed, "COMPLETED");
        // Cancelled, failed, and one still running.
        String cancelled = api.start(decider, "[]");
        assertEquals(200, api.operate(cancelled, "cancel").status());
        String failed = api.start(decider, "[]");
        assertEquals(204, api.fail(api.pollOne(decider), "broken", false).status());
        api.awaitState(failed, "FAILED");
        String running = api.start(decider, "[]");

        api.advanceClock(Duration.ofDays(7).plusHours(1));
        Await.until(() -> api.get("/processes/" + completed).status(), s -> s == 404, Duration.ofSeconds(30),
                "the completed process to be deleted");
        Await.until(() -> api.get("/processes/" + cancelled).status(), s -> s == 404, Duration.ofSeconds(30),
                "the cancelled process to be deleted");
        assertEquals("FAILED", api.process(failed).get("state").asText(), "failed processes are kept by default");
        assertEquals("RUNNING", api.process(running).get("state").asText(), "running processes are never touched");
        assertEquals(404, api.get("/processes/" + completed + "/history").status());

        Api.Reply again = api.post("/processes", "{\"actor\":\"" + decider + "\",\"args\":[],\"businessKey\":\"" + key + "\"}");
        assertEquals(201, again.status(), "the business key went with its process: " + again);

        JsonNode status = Await.until(() -> api.get("/retention").json(), s -> !s.get("lastRun").isNull()
                && !s.get("lastRun").get("finishedAt").isNull(), Duration.ofSeconds(30), "a finished retention run");
        assertEquals(7, outcome(status, "COMPLETED").get("days").asInt());
        assertEquals(7, outcome(status, "CANCELLED").get("days").asInt());
        assertTrue(outcome(status, "FAILED").get("days").isNull(), "failed processes are kept");
        assertEquals(0, outcome(status, "COMPLETED").get("backlog").asLong(), status::toString);
        assertTrue(status.get("lastRun").get("deleted").asLong() >= 2, status::toString);
        assertEquals(200, Api.as("viewer", "viewer").get("/retention").status());
        assertEquals(403, Api.as("client", "client").get("/retention").status());
    }

    private static JsonNode outcome(JsonNode status, String state) {
        for (JsonNode o : status.get("outcomes")) {
            if (o.get("state").asText().equals(state)) {
                return o;
            }
        }
        throw new AssertionError("no outcome " + state + " in " + status);
    }

    static void servesTheMetricsOnThePrometheusEndpoint() {
        HttpResponse<String> scrape = BatonDeployment.get(URI.create(BatonDeployment.MANAGEMENT + "prometheus"));
        assertEquals(200, scrape.statusCode());
        String text = scrape.body();
        for (String outcome : List.of("completed", "cancelled")) {
            assertTrue(metric(text, "baton_retention_backlog_processes", outcome) >= 0, text);
            assertTrue(metric(text, "baton_retention_overdue_seconds", outcome) >= 0);
            assertTrue(metric(text, "baton_retention_deleted_processes_total", outcome) >= 1,
                    "the run of the first test deleted a " + outcome + " process");
        }
    }

    private static double metric(String text, String name, String outcome) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*outcome=\"" + outcome + "\"[^}]*} ([0-9.eE+-]+)").matcher(text);
        assertTrue(m.find(), name + "{outcome=" + outcome + "} is not exposed");
        return Double.parseDouble(m.group(1));
    }

}
