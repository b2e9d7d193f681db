package dev.baton.it.operation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.it.BatonDeployment;
import dev.baton.it.support.Api;
import dev.baton.it.support.Await;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.baton.it.support.Api.promise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bulk operations over a filter, and the broken-task groups they repair. */
@ExtendWith(ArquillianExtension.class)
class BulkOperationIT {

    private static final int MANY = 250;

    private final Api api = Api.admin();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    @Test
    void manyFailedProcessesAreGroupedAsBrokenAndABulkRestartRepairsThemAll() {
        String decider = Api.actor("bulk");
        String worker = Api.actor("bulk-w");
        Instant from = api.now();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            ids.add(api.start(decider, "[" + i + "]"));
        }
        decideAll(decider, worker);
        failAll(worker);
        Await.until(() -> api.get("/processes?state=FAILED&actor=" + enc(decider) + "&limit=500").json().get("items").size(),
                n -> n == MANY, Duration.ofSeconds(120), "every process to fail");
        Instant to = api.now().plusSeconds(1);

        JsonNode groups = api.get("/broken-tasks?from=" + from + "&to=" + to).json();
        JsonNode group = null;
        for (JsonNode g : groups) {
            if (decider.equals(g.get("startActor").asText())) {
                group = g;
            }
        }
        assertTrue(group != null, groups::toString);
        assertEquals(worker, group.get("causeActor").asText());
        assertEquals("io-error", group.get("errorType").asText());
        assertEquals(MANY, group.get("count").asInt());
        assertEquals("it failed", group.get("newestMessage").asText());

        Api.Reply started = api.post("/bulk-operations?waitSeconds=60", "{\"action\":\"restart\",\"reason\":\"outage over\","
                + "\"filter\":" + group.get("filter") + "}");
        assertEquals(200, started.status(), started::toString);
        assertEquals("DONE", started.json().get("state").asText());
        assertEquals(MANY, started.json().get("affected").asInt());
        assertEquals(0, started.json().get("skipped").asInt());

        Set<String> completed = completeAll(worker, MANY);
        assertEquals(MANY, completed.size());
        Await.until(() -> api.get("/processes?state=COMPLETED&actor=" + enc(decider) + "&limit=500").json().get("items").size(),
                n -> n == MANY, Duration.ofSeconds(120), "every restarted process to complete");
        JsonNode audit = api.get("/audit?action=bulk.restart&target=" + started.json().get("id").asText()).json().get("items");
        assertEquals(MANY, audit.get(0).get("affected").asInt(), audit::toString);
    }

    @Test
    void aBulkActionSkipsTheProcessesItDoesNotApplyToAndReportsBoth() {
        String decider = Api.actor("bulk-mixed");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(api.start(decider, "[]"));
        }
        assertEquals(200, api.operate(ids.get(0), "cancel").status());
        Api.Reply suspended = api.post("/bulk-operations?waitSeconds=30",
                "{\"action\":\"suspend\",\"filter\":{\"actor\":\"" + decider + "\"}}");
        assertEquals(200, suspended.status(), suspended::toString);
        assertEquals(5, suspended.json().get("matched").asInt());
        assertEquals(4, suspended.json().get("affected").asInt());
        assertEquals(1, suspended.json().get("skipped").asInt());
        assertEquals(4, api.get("/processes?state=SUSPENDED&actor=" + enc(decider)).json().get("items").size());
        assertTrue(api.poll(decider, 10, 1).isEmpty(), "suspended processes dispatch nothing");

        Api.Reply resumed = api.post("/bulk-operations?waitSeconds=30",
                "{\"action\":\"resume\",\"filter\":{\"actor\":\"" + decider + "\",\"state\":\"SUSPENDED\"}}");
        assertEquals(4, resumed.json().get("affected").asInt(), resumed::toString);
        assertEquals(4, api.poll(decider, 10, 5).size());

        JsonNode recorded = api.get("/bulk-operations/" + resumed.json().get("id").asText()).json();
        assertEquals("DONE", recorded.get("state").asText());
        assertEquals("resume", recorded.get("action").asText());
    }

    @Test
    void aBulkRequestWithABadActionOrFilterIsRefused() {
        assertEquals("invalid-bulk-action", api.post("/bulk-operations", "{\"action\":\"explode\",\"filter\":{}}").problemType());
        assertEquals("missing-field", api.post("/bulk-operations", "{\"action\":\"cancel\"}").problemType());
        assertEquals("unknown-field", api.post("/bulk-operations", "{\"action\":\"cancel\",\"filter\":{\"colour\":1}}").problemType());
        assertEquals("invalid-filter", api.post("/bulk-operations", "{\"action\":\"cancel\",\"filter\":{\"state\":\"SLEEPY\"}}").problemType());
        assertEquals(404, api.get("/bulk-operations/01800000-0000-7000-8000-000000000000").status());
        assertEquals(403, Api.as("client", "client").post("/bulk-operations", "{\"action\":\"cancel\",\"filter\":{}}").status());
    }

    private void decideAll(String decider, String worker) {
        int decided = 0;
        while (decided < MANY) {
            for (JsonNode task : api.poll(decider, 100, 10)) {
                assertEquals(204, api.decide(task, "{\"tasks\":[{\"ref\":\"w\",\"actor\":\"" + worker
                        + "\",\"args\":" + task.get("args") + ",\"retry\":{\"maxAttempts\":1}}],\"result\":" + promise("w") + "}").status());
                decided++;
            }
        }
    }

    private void failAll(String worker) {
        int failed = 0;
        while (failed < MANY) {
            for (JsonNode task : api.poll(worker, 100, 10)) {
                assertEquals(204, api.fail(task, "io-error", true).status());
                failed++;
            }
        }
    }

    private Set<String> completeAll(String worker, int count) {
        Set<String> done = new HashSet<>();
        while (done.size() < count) {
            List<JsonNode> tasks = api.poll(worker, 100, 10);
            assertTrue(!tasks.isEmpty(), "restarted tasks keep coming: " + done.size() + " of " + count);
            for (JsonNode task : tasks) {
                assertEquals(204, api.complete(task, "\"fixed\"").status());
                done.add(task.get("processId").asText());
            }
        }
        return done;
    }

    private static String enc(String actor) {
        return actor.replace("#", "%23");
    }
}
