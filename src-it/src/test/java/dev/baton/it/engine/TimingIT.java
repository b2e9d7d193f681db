package dev.baton.it.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.it.BatonDeployment;
import dev.baton.it.support.Api;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;

import static dev.baton.it.support.Api.promise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delays, start times, schedule-to-start timeouts and process deadlines, driven by moving the test server's
 * engine clock instead of waiting: what is due is handled on the engine's next one-second tick.
 */
@ExtendWith(ArquillianExtension.class)
class TimingIT {

    private final Api api = Api.admin();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    private String decide(String decider, String decisionJson) {
        String id = api.start(decider, "[]");
        assertEquals(204, api.decide(api.pollOne(decider), decisionJson).status());
        return id;
    }

    @Test
    void aDelayedTaskIsScheduledAndDispatchedOnlyOnceItsDelayHasPassed() {
        String decider = Api.actor("delay");
        String worker = Api.actor("later");
        String id = decide(decider, "{\"tasks\":[{\"ref\":\"w\",\"actor\":\"" + worker
                + "\",\"args\":[1],\"delaySeconds\":7200}],\"result\":" + promise("w") + "}");
        JsonNode scheduled = api.tasks(id).get(1);
        assertEquals("SCHEDULED", scheduled.get("state").asText(), scheduled::toString);
        assertTrue(api.poll(worker, 1, 1).isEmpty(), "a delayed task is not handed out early");

        api.advanceClock(Duration.ofHours(2).plusMinutes(1));
        JsonNode task = api.pollOne(worker);
        assertEquals(1, task.get("attempt").asInt());
        assertEquals(204, api.complete(task, "\"waited\"").status());
        assertEquals("waited", api.awaitState(id, "COMPLETED").get("result").asText());
    }

    @Test
    void aTaskWithAStartTimeWaitsUntilThenAndTheDelayCountsFromItsPromisesBeingResolved() {
        String decider = Api.actor("startat");
        String worker = Api.actor("punctual");
        Instant startAt = api.now().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String id = decide(decider, "{\"tasks\":[{\"ref\":\"first\",\"actor\":\"" + worker + "\",\"args\":[1],"
                + "\"startAt\":\"" + startAt + "\"},{\"ref\":\"second\",\"actor\":\"" + worker
                + "\",\"args\":[" + promise("first") + "],\"delaySeconds\":600}],\"result\":" + promise("second") + "}");
        assertEquals(startAt, Instant.parse(api.tasks(id).get(1).get("readyAt").asText()), "due at its start time");
        assertTrue(api.poll(worker, 1, 1).isEmpty());

        api.advanceClock(Duration.ofDays(1).plusSeconds(5));
        assertEquals(204, api.complete(api.pollOne(worker), "2").status());
        JsonNode second = api.tasks(id).get(2);
        assertEquals("SCHEDULED", second.get("state").asText(), "the delay starts when its promise resolves");
        assertTrue(api.poll(worker, 1, 1).isEmpty());

        api.advanceClock(Duration.ofMinutes(11));
        JsonNode last = api.pollOne(worker);
        assertEquals(2, last.get("args").get(0).asInt());
        assertEquals(204, api.complete(last, "3").status());
        assertEquals(3, api.awaitState(id, "COMPLETED").get("result").asInt());
    }

    @Test
    void aTaskNobodyPicksUpInTimeFailsWithAScheduleToStartTimeout() {
        String decider = Api.actor("s2s");
        String worker = Api.actor("absent");
        String id = decide(decider, "{\"tasks\":[{\"ref\":\"w\",\"actor\":\"" + worker
                + "\",\"args\":[],\"scheduleToStartSeconds\":600}],\"result\":" + promise("w") + "}");
        assertTrue(api.tasks(id).get(1).get("waitDeadline").isTextual());

        api.advanceClock(Duration.ofMinutes(11));
        JsonNode failed = api.awaitState(id, "FAILED");
        assertEquals("schedule-to-start-timeout", failed.get("error").get("type").asText(), failed::toString);
        assertTrue(api.poll(worker, 1, 0).isEmpty(), "the timed-out task left the queue");
    }

    @Test
    void aTaskPickedUpBeforeItsScheduleToStartDeadlineIsNotTimedOut() {
        String decider = Api.actor("s2sok");
        String worker = Api.actor("present");
        String id = decide(decider, "{\"tasks\":[{\"ref\":\"w\",\"actor\":\"" + worker
                + "\",\"args\":[],\"scheduleToStartSeconds\":600,\"timeoutSeconds\":3600}],\"result\":" + promise("w") + "}");
        JsonNode task = api.pollOne(worker);
        api.advanceClock(Duration.ofMinutes(11));
        JsonNode waited = api.awaitTask(id, 1, t -> t.get("waitDeadline").isNull());
        assertEquals("RUNNING", waited.get("state").asText(), "the leased task keeps running");
        assertEquals(204, api.complete(task, "true").status());
        api.awaitState(id, "COMPLETED");
    }

    @Test
    void aProcessPastItsDeadlineFailsOrIsCancelledAsItWasStarted() {
        String failing = Api.actor("deadline");
        Api.Reply started = api.post("/processes", "{\"actor\":\"" + failing + "\",\"args\":[],\"deadlineSeconds\":3600}");
        assertEquals(201, started.status(), started::toString);
        assertTrue(started.json().get("deadlineAt").isTextual());
        String cancelling = Api.actor("deadline-cancel");
        String cancelledId = api.post("/processes", "{\"actor\":\"" + cancelling
                + "\",\"args\":[],\"deadlineSeconds\":3600,\"onDeadline\":\"cancel\"}").json().get("id").asText();

        api.advanceClock(Duration.ofMinutes(61));
        JsonNode failed = api.awaitState(started.json().get("id").asText(), "FAILED");
        assertEquals("deadline-exceeded", failed.get("error").get("type").asText());
        JsonNode cancelled = api.awaitState(cancelledId, "CANCELLED");
        assertEquals("deadline-exceeded", cancelled.get("error").get("type").asText());
        assertEquals("CANCELLED", api.tasks(cancelledId).get(0).get("state").asText());
        assertTrue(api.poll(failing, 1, 0).isEmpty(), "the start task of a failed process is not handed out");
    }
}
