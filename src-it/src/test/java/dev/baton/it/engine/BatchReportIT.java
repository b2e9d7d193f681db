package dev.baton.it.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.it.BatonDeployment;
import dev.baton.it.support.Api;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static dev.baton.it.support.Api.promise;
import static dev.baton.it.support.Api.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code POST /tasks/outcomes}: many outcomes in one request and one transaction, each answered on its own. */
@ExtendWith(ArquillianExtension.class)
class BatchReportIT {

    private final Api api = Api.admin();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    private static String outcome(JsonNode task, String field, String json) {
        return "{\"taskId\":\"" + task.get("id").asText() + "\",\"token\":\"" + task.get("token").asText()
                + "\",\"" + field + "\":" + json + "}";
    }

    @Test
    void resultsDecisionsAndFailuresOfManyProcessesAreReportedTogetherAndARefusedOneChangesNothing() {
        String decider = Api.actor("batch");
        String worker = Api.actor("batch-w");
        List<String> ids = List.of(api.start(decider, "[1]"), api.start(decider, "[2]"), api.start(decider, "[3]"));
        List<JsonNode> deciders = api.poll(decider, 10, 20);
        assertEquals(3, deciders.size());
        StringBuilder decisions = new StringBuilder("{\"outcomes\":[");
        for (int i = 0; i < deciders.size(); i++) {
            decisions.append(i == 0 ? "" : ",").append(outcome(deciders.get(i), "decision", "{\"tasks\":["
                    + "{\"ref\":\"w\",\"actor\":\"" + worker + "\",\"args\":" + deciders.get(i).get("args")
                    + ",\"retry\":{\"maxAttempts\":1}}],\"result\":" + promise("w") + "}"));
        }
        Api.Reply decided = api.post("/tasks/outcomes", decisions.append("]}").toString());
        assertEquals(200, decided.status(), decided::toString);
        decided.json().get("outcomes").forEach(o -> assertEquals(204, o.get("status").asInt(), o::toString));

        List<JsonNode> work = api.poll(worker, 10, 20);
        assertEquals(3, work.size());
        JsonNode forged = api.post("/tasks/outcomes", "{\"outcomes\":["
                + outcome(work.get(0), "result", "\"done\"") + ","
                + outcome(work.get(1), "error", "{\"type\":\"broken\",\"retryable\":false}") + ","
                + "{\"taskId\":\"" + work.get(2).get("id").asText() + "\",\"token\":\"1.forged\",\"result\":0},"
                + "{\"taskId\":\"01800000-0000-7000-8000-000000000000\",\"token\":\"1.x\",\"result\":0}]}").json();
        JsonNode answers = forged.get("outcomes");
        assertEquals(204, answers.get(0).get("status").asInt(), answers::toString);
        assertEquals(204, answers.get(1).get("status").asInt());
        assertEquals(409, answers.get(2).get("status").asInt());
        assertTrue(answers.get(2).get("problem").get("type").asText().endsWith("/stale-token"), answers::toString);
        assertEquals(404, answers.get(3).get("status").asInt());

        String byTask0 = work.get(0).get("processId").asText();
        String byTask1 = work.get(1).get("processId").asText();
        assertEquals("done", api.awaitState(byTask0, "COMPLETED").get("result").asText());
        assertEquals("broken", api.awaitState(byTask1, "FAILED").get("error").get("type").asText());
        String untouched = work.get(2).get("processId").asText();
        assertEquals("RUNNING", api.process(untouched).get("state").asText(), "the refused outcome changed nothing");
        assertEquals(204, api.complete(work.get(2), "\"later\"").status(), "its delivery is still current");
        assertTrue(ids.contains(untouched));
    }

    @Test
    void twoOutcomesOfTheSameProcessInOneReportAreAppliedInOrder() {
        String decider = Api.actor("batch-same");
        String worker = Api.actor("batch-same-w");
        String id = api.start(decider, "[]");
        assertEquals(204, api.decide(api.pollOne(decider), "{\"tasks\":[" + task("a", worker, "[1]") + ","
                + task("b", worker, "[2]") + "," + task("join", worker, "[" + promise("a") + "," + promise("b") + "]")
                + "],\"result\":" + promise("join") + "}").status());
        List<JsonNode> both = api.poll(worker, 2, 20);
        assertEquals(2, both.size());
        JsonNode report = api.post("/tasks/outcomes", "{\"outcomes\":[" + outcome(both.get(0), "result", "10") + ","
                + outcome(both.get(1), "result", "20") + "]}").json();
        report.get("outcomes").forEach(o -> assertEquals(204, o.get("status").asInt(), o::toString));
        JsonNode join = api.pollOne(worker);
        assertEquals(30, join.get("args").get(0).asInt() + join.get("args").get(1).asInt());
        assertEquals(204, api.complete(join, "30").status());
        assertEquals(30, api.awaitState(id, "COMPLETED").get("result").asInt());
    }

    @Test
    void aMalformedReportIsRefusedAsAWhole() {
        assertEquals("malformed-json", api.post("/tasks/outcomes", "{").problemType());
        assertEquals("invalid-report", api.post("/tasks/outcomes", "{\"outcomes\":[]}").problemType());
        assertEquals("invalid-completion", api.post("/tasks/outcomes",
                "{\"outcomes\":[{\"taskId\":\"x\",\"token\":\"1.a\",\"result\":1,\"error\":{\"type\":\"t\"}}]}").problemType());
        assertEquals("missing-field", api.post("/tasks/outcomes", "{\"outcomes\":[{\"token\":\"1.a\",\"result\":1}]}").problemType());
        assertEquals(403, Api.as("client", "client").post("/tasks/outcomes", "{\"outcomes\":[]}").status());
    }
}
