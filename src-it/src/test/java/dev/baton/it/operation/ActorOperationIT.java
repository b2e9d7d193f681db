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

import static dev.baton.it.support.Api.promise;
import static dev.baton.it.support.Api.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Blocking an actor and giving it task defaults. */
@ExtendWith(ArquillianExtension.class)
class ActorOperationIT {

    private final Api api = Api.admin();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    private static String path(String actor) {
        return "/actors/" + actor.replace("#", "%23");
    }

    @Test
    void aBlockedActorsPollsGetNothingItsTasksStayQueuedAndUnblockingHandsThemOut() {
        String decider = Api.actor("blocking");
        String worker = Api.actor("blocked");
        String id = api.start(decider, "[]");
        assertEquals(204, api.decide(api.pollOne(decider), "{\"tasks\":[" + task("w", worker, "[1]")
                + "],\"result\":" + promise("w") + "}").status());

        JsonNode blocked = api.post(path(worker) + "/block", "{\"reason\":\"bad release\"}").json();
        assertTrue(blocked.get("blocked").asBoolean(), blocked::toString);
        assertEquals("baton", blocked.get("blockedBy").asText());
        assertEquals(1, blocked.get("queueDepth").asInt());
        assertTrue(api.poll(worker, 1, 1).isEmpty(), "a blocked actor gets nothing");
        assertEquals(1, api.get(path(worker)).json().get("queueDepth").asInt(), "its task stays queued");

        assertTrue(!api.post(path(worker) + "/unblock", "").json().get("blocked").asBoolean());
        JsonNode task = api.pollOne(worker);
        assertEquals(204, api.complete(task, "1").status());
        api.awaitState(id, "COMPLETED");
        JsonNode actor = Await.until(() -> api.get(path(worker)).json(), a -> a.get("completionsPerMinute").asLong() >= 1,
                Duration.ofSeconds(30), "the completion to be counted");
        assertEquals(0, actor.get("queueDepth").asInt());
        JsonNode audit = api.get("/audit?target=" + worker.replace("#", "%23")).json().get("items");
        assertEquals("actor.unblock", audit.get(0).get("action").asText());
        assertEquals("actor.block", audit.get(1).get("action").asText());
        assertEquals("bad release", audit.get(1).get("detail").asText());
    }

    @Test
    void aLongPollOfABlockedActorWaitsAndIsAnsweredWhenTheActorIsUnblocked() throws Exception {
        String decider = Api.actor("waiting-unblock");
        String worker = Api.actor("held");
        api.post(path(worker) + "/block", "");
        String id = api.start(decider, "[]");
        assertEquals(204, api.decide(api.pollOne(decider), "{\"tasks\":[" + task("w", worker, "[1]")
                + "],\"result\":" + promise("w") + "}").status());
        var poll = java.util.concurrent.CompletableFuture.supplyAsync(() -> api.poll(worker, 1, 30));
        Thread.sleep(500);
        assertTrue(!poll.isDone(), "the long poll waits while the actor is blocked");
        api.post(path(worker) + "/unblock", "");
        JsonNode task = poll.get(30, java.util.concurrent.TimeUnit.SECONDS).get(0);
        assertEquals(id, task.get("processId").asText());
    }

    @Test
    void anActorsDefaultsApplyToNewTasksThatDoNotSayOtherwise() {
        String decider = Api.actor("defaults");
        String worker = Api.actor("configured");
        JsonNode set = api.put(path(worker) + "/defaults", "{\"retry\":{\"maxAttempts\":1},\"timeoutSeconds\":120}").json();
        assertEquals(1, set.get("defaults").get("retry").get("maxAttempts").asInt(), set::toString);
        assertEquals(120, set.get("defaults").get("timeoutSeconds").asInt());

        String id = api.start(decider, "[]");
        assertEquals(204, api.decide(api.pollOne(decider), "{\"tasks\":[" + task("w", worker, "[1]")
                + "],\"result\":" + promise("w") + "}").status());
        JsonNode task = api.pollOne(worker);
        JsonNode lease = api.tasks(id).get(1);
        long leaseSeconds = Duration.between(java.time.Instant.parse(lease.get("startedAt").asText()),
                java.time.Instant.parse(lease.get("leaseExpiresAt").asText())).toSeconds();
        assertEquals(120, leaseSeconds, "the actor's lease timeout applies");
        assertEquals(204, api.fail(task, "io-error", true).status());
        assertEquals("FAILED", api.awaitState(id, "FAILED").get("state").asText(), "one attempt only, as the actor's retry says");

        assertEquals("invalid-retry", api.put(path(worker) + "/defaults", "{\"retry\":{\"maxAttempts\":0}}").problemType());
        assertEquals("invalid-actor", api.post("/actors/not-an-actor/block", "").problemType());
        assertEquals(403, Api.as("worker", "worker").post(path(worker) + "/block", "").status());
    }
}
