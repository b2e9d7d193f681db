package dev.baton.it.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.it.BatonDeployment;
import dev.baton.it.support.Api;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static dev.baton.it.support.Api.promise;
import static dev.baton.it.support.Api.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
class FailureHandlingIT {

    private final Api api = Api.admin();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    /** Starts a process whose decider plans one worker task with the given extra fields and returns its promise. */
    private String startOneTask(String decider, String worker, String extra) {
        String id = api.start(decider, "[]");
        assertEquals(204, api.decide(api.pollOne(decider), "{\"tasks\":[{\"ref\":\"w\",\"actor\":\"" + worker
                + "\",\"args\":[1]" + extra + "}],\"result\":" + promise("w") + "}").status());
        return id;
    }

    @Test
    void aRetryableFailureIsRetriedAfterBackoffAndThenSucceeds() {
        String decider = Api.actor("retry");
        String worker = Api.actor("flaky");
        String id = startOneTask(decider, worker,
                ",\"retry\":{\"maxAttempts\":3,\"initialIntervalSeconds\":0.2,\"backoffCoefficient\":2,\"maxIntervalSeconds\":1}");
        JsonNode first = api.pollOne(worker);
        assertEquals(1, first.get("attempt").asInt());
        assertEquals(204, api.fail(first, "io-error", true).status());

        JsonNode second = api.pollOne(worker);
        assertEquals(2, second.get("attempt").asInt());
        assertEquals(first.get("id").asText(), second.get("id").asText());
        assertNotEquals(first.get("token").asText(), second.get("token").asText());
        assertEquals(204, api.complete(second, "\"ok\"").status());
        assertEquals("ok", api.awaitState(id, "COMPLETED").get("result").asText());
    }

    @Test
    void aRetryDueInAnHourIsDispatchedOnceTheEngineClockHasPassedIt() {
        String decider = Api.actor("later");
        String worker = Api.actor("patient");
        String id = startOneTask(decider, worker, ",\"retry\":{\"maxAttempts\":2,\"initialIntervalSeconds\":3600}");
        assertEquals(204, api.fail(api.pollOne(worker), "io-error", true).status());
        assertTrue(api.poll(worker, 1, 1).isEmpty(), "the retry waits for its backoff");
        JsonNode waiting = api.tasks(id).get(1);
        assertEquals("SCHEDULED", waiting.get("state").asText(), waiting::toString);

        api.advanceClock(java.time.Duration.ofMinutes(61));
        JsonNode retry = api.pollOne(worker);
        assertEquals(2, retry.get("attempt").asInt());
        assertEquals(204, api.complete(retry, "\"done\"").status());
        assertEquals("done", api.awaitState(id, "COMPLETED").get("result").asText());
    }

    @Test
    void whenRetriesAreExhaustedTheProcessFailsWithTheTasksError() {
        String decider = Api.actor("exhaust");
        String worker = Api.actor("broken");
        String id = startOneTask(decider, worker, ",\"retry\":{\"maxAttempts\":2,\"initialIntervalSeconds\":0}");
        api.fail(api.pollOne(worker), "io-error", true);
        JsonNode last = api.pollOne(worker);
        assertEquals(2, last.get("attempt").asInt());
        api.fail(last, "io-error", true);

        JsonNode failed = api.awaitState(id, "FAILED");
        assertEquals("io-error", failed.get("error").get("type").asText());
        assertEquals(last.get("id").asText(), failed.get("error").get("taskId").asText());
        assertTrue(api.poll(worker, 1, 0).isEmpty(), "nothing is left to dispatch");
    }

    @Test
    void aNonRetryableFailureFailsAtOnce() {
        String decider = Api.actor("fatal");
        String worker = Api.actor("refuses");
        String id = startOneTask(decider, worker, "");
        api.fail(api.pollOne(worker), "validation", false);
        assertEquals("validation", api.awaitState(id, "FAILED").get("error").get("type").asText());
    }

    @Test
    void aTaskThatAcceptsFailureReceivesTheErrorInPlaceOfTheValue() {
        String decider = Api.actor("accept");
        String worker = Api.actor("fails");
        String handler = Api.actor("handler");
        String id = api.start(decider, "[]");
        api.decide(api.pollOne(decider), "{\"tasks\":[{\"ref\":\"w\",\"actor\":\"" + worker + "\",\"args\":[],"
                + "\"retry\":{\"maxAttempts\":1}},"
                + "{\"ref\":\"h\",\"actor\":\"" + handler + "\",\"args\":[" + promise("w") + "],\"acceptFail\":true}],"
                + "\"result\":" + promise("h") + "}");
        api.fail(api.pollOne(worker), "card-declined", true);

        JsonNode handle = api.pollOne(handler);
        JsonNode error = handle.get("args").get(0).get("$error");
        assertEquals("card-declined", error.get("type").asText());
        api.complete(handle, "\"compensated\"");
        assertEquals("compensated", api.awaitState(id, "COMPLETED").get("result").asText());
    }

    @Test
    void aSubProcessFailureCanBeAcceptedByTheParent() {
        String parent = Api.actor("parent");
        String child = Api.actor("child");
        String worker = Api.actor("leaf");
        String handler = Api.actor("handler");
        String id = api.start(parent, "[]");
        api.decide(api.pollOne(parent), "{\"tasks\":[{\"ref\":\"sub\",\"actor\":\"" + child + "\",\"type\":\"decider\",\"args\":[]},"
                + "{\"ref\":\"h\",\"actor\":\"" + handler + "\",\"args\":[" + promise("sub") + "],\"acceptFail\":true}],"
                + "\"result\":" + promise("h") + "}");
        api.decide(api.pollOne(child), "{\"tasks\":[{\"ref\":\"w\",\"actor\":\"" + worker + "\",\"args\":[],"
                + "\"retry\":{\"maxAttempts\":1}}],\"result\":" + promise("w") + "}");
        api.fail(api.pollOne(worker), "out-of-stock", false);
        JsonNode handle = api.pollOne(handler);
        assertEquals("out-of-stock", handle.get("args").get(0).get("$error").get("type").asText());
        api.complete(handle, "\"refunded\"");
        assertEquals("refunded", api.awaitState(id, "COMPLETED").get("result").asText());
    }

    @Test
    void anExpiredLeaseCountsAsATimedOutAttemptAndTheTaskIsDeliveredAgain() {
        String decider = Api.actor("lease");
        String worker = Api.actor("slow");
        String id = startOneTask(decider, worker, ",\"timeoutSeconds\":1,\"retry\":{\"maxAttempts\":3,\"initialIntervalSeconds\":0}");
        JsonNode first = api.pollOne(worker);
        // The worker goes silent; the lease runs out and the next poll gets attempt 2.
        JsonNode second = api.pollOne(worker);
        assertEquals(first.get("id").asText(), second.get("id").asText());
        assertEquals(2, second.get("attempt").asInt());

        Api.Reply late = api.complete(first, "\"late\"");
        assertEquals(409, late.status(), "the first delivery's result comes too late");
        assertEquals(204, api.complete(second, "\"on time\"").status());
        assertEquals("on time", api.awaitState(id, "COMPLETED").get("result").asText());
        JsonNode task = api.tasks(id).get(1);
        assertEquals(2, task.get("attempt").asInt());
        assertTrue(task.get("error").get("type").asText().equals("timeout"), task.toString());
    }

    @Test
    void aHeartbeatKeepsTheLeaseAlive() {
        String decider = Api.actor("beat");
        String worker = Api.actor("longrun");
        String id = startOneTask(decider, worker, ",\"timeoutSeconds\":2");
        JsonNode task = api.pollOne(worker);
        String body = "{\"token\":\"" + task.get("token").asText() + "\"}";
        String path = "/tasks/" + task.get("id").asText() + "/heartbeat";
        // Heartbeat for longer than the lease lasts; the task must never be handed out again meanwhile.
        for (int i = 0; i < 6; i++) {
            Api.Reply beat = api.post(path, body);
            assertEquals(200, beat.status(), beat::toString);
            assertTrue(beat.json().get("leaseExpiresAt").isTextual());
            assertTrue(api.poll(worker, 1, 1).isEmpty(), "a leased task is not redelivered while heartbeats arrive");
        }
        assertEquals(204, api.complete(task, "1").status());
        api.awaitState(id, "COMPLETED");
    }
}
