package dev.baton.it.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.it.BatonDeployment;
import dev.baton.it.support.Api;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;

import static dev.baton.it.support.Api.promise;
import static dev.baton.it.support.Api.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of bad input gets a clear problem+json answer, and nothing is half-applied. */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    private final Api api = Api.admin();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    private static void assertProblem(Api.Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType(), reply::toString);
        assertEquals(type, reply.problemType(), reply::toString);
        assertEquals(status, reply.json().get("status").asInt());
        assertNotNull(reply.json().get("title"));
        assertFalse(reply.json().toString().contains("Exception"), "no stack trace or exception name leaks: " + reply);
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertProblem(api.post("/processes", "{\"actor\": "), 400, "malformed-json");
        assertProblem(api.post("/processes", "[1,2]"), 400, "malformed-json");
        assertProblem(api.post("/tasks/poll", ""), 400, "malformed-json");
    }

    @Test
    void unknownFieldsAndWrongTypesAreBadRequests() {
        assertProblem(api.post("/processes", "{\"actor\":\"a.B#1\",\"argz\":[]}"), 400, "unknown-field");
        assertProblem(api.post("/processes", "{\"actor\":\"a.B#1\",\"args\":{}}"), 400, "invalid-field");
        assertProblem(api.post("/processes", "{\"actor\":5}"), 400, "invalid-field");
        assertProblem(api.post("/processes", "{\"args\":[]}"), 400, "missing-field");
        assertProblem(api.post("/tasks/poll", "{\"actor\":\"a.B#1\",\"workerId\":\"w\",\"max\":\"ten\"}"), 400, "invalid-field");
        assertProblem(api.post("/tasks/poll", "{\"actor\":\"a.B#1\",\"workerId\":\"w\",\"max\":0}"), 400, "invalid-poll");
        assertProblem(api.get("/processes?limit=lots"), 400, "invalid-filter");
        assertProblem(api.get("/processes?state=SLEEPING"), 400, "invalid-filter");
    }

    @Test
    void aBadActorNameIsABadRequest() {
        assertProblem(api.post("/processes", "{\"actor\":\"no-version\",\"args\":[]}"), 400, "invalid-actor");
        assertProblem(api.post("/tasks/poll", "{\"actor\":\"bad name#1\",\"workerId\":\"w\"}"), 400, "invalid-actor");
    }

    @Test
    void unknownProcessesAndTasksAreNotFound() {
        assertProblem(api.get("/processes/0190f7a4-0000-7000-8000-000000000000"), 404, "unknown-process");
        assertProblem(api.get("/processes/not-an-id"), 404, "unknown-process");
        assertProblem(api.get("/processes/not-an-id/tasks"), 404, "unknown-process");
        assertProblem(api.post("/tasks/not-an-id/fail", "{\"token\":\"1.x\",\"error\":{\"type\":\"t\"}}"), 404, "unknown-task");
        assertProblem(api.get("/no-such-thing"), 404, "not-found");
    }

    @Test
    void anOversizedPayloadIsRefusedAndNothingIsStarted() {
        String actor = Api.actor("big");
        String big = "\"" + "x".repeat(300 * 1024) + "\"";
        assertProblem(api.post("/processes", "{\"actor\":\"" + actor + "\",\"args\":[" + big + "]}"), 413, "payload-too-large");
        assertProblem(api.postBytes("/processes", ("{\"actor\":\"" + actor + "\",\"args\":[\"" + "y".repeat(5 * 1024 * 1024) + "\"]}")
                .getBytes(StandardCharsets.UTF_8), "application/json"), 413, "payload-too-large");
        Api.Reply list = api.get("/processes?actor=" + actor.replace("#", "%23"));
        assertEquals(0, list.json().get("items").size());
    }

    @Test
    void aBadDecisionIsRefusedAndTheDeciderTaskStaysLeasedAndCompletable() {
        String decider = Api.actor("bad");
        String worker = Api.actor("w");
        String id = api.start(decider, "[]");
        JsonNode task = api.pollOne(decider);

        assertProblem(api.decide(task, "{\"tasks\":[" + task("a", worker, "[" + promise("ghost") + "]") + "]}"), 400, "invalid-decision");
        assertProblem(api.decide(task, "{\"tasks\":[" + task("a", worker, "[" + promise("b") + "]") + ","
                + task("b", worker, "[" + promise("a") + "]") + "]}"), 400, "invalid-decision");
        assertProblem(api.decide(task, "{\"tasks\":[" + task("a", worker, "[]") + "," + task("a", worker, "[]") + "]}"), 400, "invalid-decision");
        assertProblem(api.decide(task, "{\"tasks\":[{\"ref\":\"a\",\"actor\":\"" + worker + "\",\"colour\":\"red\"}]}"), 400, "unknown-field");
        assertProblem(api.decide(task, "{\"tasks\":[{\"ref\":\"a\",\"actor\":\"" + worker + "\",\"type\":\"robot\"}]}"), 400, "invalid-task-type");
        assertProblem(api.decide(task, "{\"tasks\":[{\"ref\":\"a\",\"actor\":\"" + worker
                + "\",\"retry\":{\"maxAttempts\":0}}]}"), 400, "invalid-retry");
        assertProblem(api.complete(task, "1"), 400, "decision-required");
        StringBuilder many = new StringBuilder("{\"tasks\":[");
        for (int i = 0; i < 1001; i++) {
            many.append(i == 0 ? "" : ",").append(task("t" + i, worker, "[]"));
        }
        assertProblem(api.decide(task, many + "]}"), 400, "too-many-tasks");
        assertProblem(api.decide(task, "{\"tasks\":[" + task("a", worker, "[\"" + "z".repeat(300 * 1024) + "\"]") + "]}"),
                413, "payload-too-large");

        assertEquals(0, api.tasks(id).size() - 1, "no task of a refused decision was stored");
        assertTrue(api.poll(worker, 10, 0).isEmpty(), "nothing of a refused decision was queued");
        assertEquals(204, api.decide(task, "{\"tasks\":[],\"result\":\"fine\"}").status(), "the same delivery can still decide");
        assertEquals("fine", api.awaitState(id, "COMPLETED").get("result").asText());
    }

    @Test
    void aWorkerTaskCannotBeCompletedWithADecision() {
        String decider = Api.actor("d");
        String worker = Api.actor("w");
        api.start(decider, "[]");
        api.decide(api.pollOne(decider), "{\"tasks\":[" + task("w", worker, "[]") + "]}");
        JsonNode work = api.pollOne(worker);
        assertProblem(api.decide(work, "{\"tasks\":[]}"), 400, "result-required");
        assertEquals(204, api.complete(work, "1").status());
    }

    @Test
    void aWrongMediaTypeIsRefused() {
        Api.Reply reply = api.postBytes("/processes", "actor=x".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals(415, reply.status());
        assertEquals("application/problem+json", reply.contentType());
    }
}
