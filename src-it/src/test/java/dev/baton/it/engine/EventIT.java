package dev.baton.it.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.it.BatonDeployment;
import dev.baton.it.support.Api;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static dev.baton.it.support.Api.promise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** External events: an event task waits for its event; an early event waits in the process's mailbox. */
@ExtendWith(ArquillianExtension.class)
class EventIT {

    private final Api api = Api.admin();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    /** The decider waits for the event "paid" and passes its payload to a worker. */
    private static String awaitPaymentThenShip(String worker, String extra) {
        return "{\"tasks\":[{\"ref\":\"paid\",\"type\":\"event\",\"name\":\"paid\"" + extra + "},"
                + "{\"ref\":\"ship\",\"actor\":\"" + worker + "\",\"args\":[" + promise("paid") + "]}],"
                + "\"result\":" + promise("ship") + "}";
    }

    @Test
    void anEventDeliveredWhileTheProcessWaitsCompletesTheEventTaskWithItsPayload() {
        String decider = Api.actor("wait-pay");
        String worker = Api.actor("ship");
        String id = api.start(decider, "[]");
        assertEquals(204, api.decide(api.pollOne(decider), awaitPaymentThenShip(worker, "")).status());
        JsonNode waiting = api.tasks(id).get(1);
        assertEquals("AWAITING_EVENT", waiting.get("state").asText(), waiting::toString);
        assertEquals("paid", waiting.get("eventName").asText());
        assertEquals("event", waiting.get("type").asText());
        assertTrue(api.poll(worker, 1, 0).isEmpty(), "nothing downstream runs before the event");

        Api.Reply delivered = api.post("/processes/" + id + "/events/paid", "{\"amount\":42}");
        assertEquals(200, delivered.status(), delivered::toString);
        assertEquals("consumed", delivered.json().get("status").asText());
        assertEquals(waiting.get("id").asText(), delivered.json().get("consumedBy").asText());

        JsonNode ship = api.pollOne(worker);
        assertEquals(42, ship.get("args").get(0).get("amount").asInt());
        assertEquals(204, api.complete(ship, "\"shipped\"").status());
        assertEquals("shipped", api.awaitState(id, "COMPLETED").get("result").asText());
    }

    @Test
    void anEventThatArrivesBeforeTheProcessWaitsForItIsKeptAndTakenWhenTheEventTaskAppears() {
        String decider = Api.actor("early-pay");
        String worker = Api.actor("ship-early");
        String id = api.start(decider, "[]");
        Api.Reply early = api.post("/processes/" + id + "/events/paid", "{\"amount\":7}");
        assertEquals("queued", early.json().get("status").asText(), early::toString);
        JsonNode mailbox = api.get("/processes/" + id + "/events").json();
        assertEquals(1, mailbox.size());
        assertTrue(mailbox.get(0).get("consumedBy").isNull());

        assertEquals(204, api.decide(api.pollOne(decider), awaitPaymentThenShip(worker, "")).status());
        JsonNode ship = api.pollOne(worker);
        assertEquals(7, ship.get("args").get(0).get("amount").asInt());
        assertEquals("COMPLETED", api.tasks(id).get(1).get("state").asText());
        assertEquals(api.tasks(id).get(1).get("id").asText(),
                api.get("/processes/" + id + "/events").json().get(0).get("consumedBy").asText());
    }

    @Test
    void anEventCanBeAddressedByActorAndBusinessKeyAndARepeatedDeliveryKeyChangesNothing() {
        String decider = Api.actor("keyed");
        String worker = Api.actor("ship-keyed");
        String key = "order-" + System.nanoTime();
        String id = api.post("/processes", "{\"actor\":\"" + decider + "\",\"args\":[],\"businessKey\":\"" + key + "\"}")
                .json().get("id").asText();
        assertEquals(204, api.decide(api.pollOne(decider), awaitPaymentThenShip(worker, "")).status());

        String event = "{\"actor\":\"" + decider + "\",\"businessKey\":\"" + key
                + "\",\"name\":\"paid\",\"payload\":{\"amount\":1},\"key\":\"msg-1\"}";
        Api.Reply first = api.post("/events", event);
        assertEquals("consumed", first.json().get("status").asText(), first::toString);
        assertEquals(id, first.json().get("processId").asText());
        Api.Reply again = api.post("/events", event);
        assertEquals(200, again.status());
        assertEquals("duplicate", again.json().get("status").asText());
        assertEquals(first.json().get("eventId").asText(), again.json().get("eventId").asText());
        assertEquals(1, api.get("/processes/" + id + "/events").json().size());
    }

    @Test
    void anEventThatDoesNotArriveInTimeFailsTheEventTaskAndAnAcceptingTaskGetsTheError() {
        String decider = Api.actor("pay-timeout");
        String worker = Api.actor("refund");
        String id = api.start(decider, "[]");
        assertEquals(204, api.decide(api.pollOne(decider), "{\"tasks\":[{\"ref\":\"paid\",\"type\":\"event\","
                + "\"name\":\"paid\",\"timeoutSeconds\":3600},{\"ref\":\"refund\",\"actor\":\"" + worker
                + "\",\"acceptFail\":true,\"args\":[" + promise("paid") + "]}],\"result\":" + promise("refund") + "}")
                .status());
        api.advanceClock(Duration.ofMinutes(61));
        JsonNode refund = api.pollOne(worker);
        assertEquals("event-timeout", refund.get("args").get(0).get("$error").get("type").asText(), refund::toString);
        assertEquals(204, api.complete(refund, "\"no payment\"").status());
        assertEquals("no payment", api.awaitState(id, "COMPLETED").get("result").asText());
    }

    @Test
    void eventsForUnknownOrFinishedProcessesAreRefusedClearly() {
        Api.Reply unknown = api.post("/processes/01800000-0000-7000-8000-000000000000/events/paid", "{}");
        assertEquals(404, unknown.status());
        assertEquals("unknown-process", unknown.problemType());

        String decider = Api.actor("finished");
        String id = api.start(decider, "[]");
        assertEquals(204, api.decide(api.pollOne(decider), "{\"tasks\":[],\"result\":1}").status());
        api.awaitState(id, "COMPLETED");
        Api.Reply late = api.post("/processes/" + id + "/events/paid", "{}");
        assertEquals(409, late.status(), late::toString);
        assertEquals("process-finished", late.problemType());

        Api.Reply noKey = api.post("/events", "{\"actor\":\"" + decider + "\",\"businessKey\":\"nope\",\"name\":\"x\"}");
        assertEquals(404, noKey.status());
        Api.Reply badName = api.post("/processes/" + id + "/events/" + URLEncoder.encode("x".repeat(151),
                StandardCharsets.UTF_8), "{}");
        assertEquals(400, badName.status());
        assertEquals("invalid-event", badName.problemType());
    }

    @Test
    void aDecisionWithAMalformedEventTaskIsRefusedAndChangesNothing() {
        String decider = Api.actor("bad-event");
        String id = api.start(decider, "[]");
        JsonNode task = api.pollOne(decider);
        Api.Reply refused = api.decide(task, "{\"tasks\":[{\"ref\":\"e\",\"type\":\"event\"}],\"result\":1}");
        assertEquals(400, refused.status());
        assertEquals("invalid-decision", refused.problemType());
        assertEquals(1, api.tasks(id).size(), "nothing was created");
        assertEquals(204, api.decide(task, "{\"tasks\":[],\"result\":1}").status());
    }
}
