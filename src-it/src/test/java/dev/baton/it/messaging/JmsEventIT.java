package dev.baton.it.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.it.BatonDeployment;
import dev.baton.it.support.Api;
import dev.baton.it.support.Await;
import dev.baton.it.support.Jms;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static dev.baton.it.support.Api.promise;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code baton.events}: events through JMS, before and after the process waits for them, delivered once. */
@ExtendWith(ArquillianExtension.class)
class JmsEventIT {

    private final Api api = Api.admin();
    private Jms jms;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    @BeforeEach
    void connect() throws Exception {
        jms = Jms.as(BatonDeployment.CLIENT);
    }

    @AfterEach
    void disconnect() throws Exception {
        jms.close();
    }

    private static String awaitPaidThenShip(String worker) {
        return "{\"tasks\":[{\"ref\":\"paid\",\"type\":\"event\",\"name\":\"paid\"},"
                + "{\"ref\":\"ship\",\"actor\":\"" + worker + "\",\"args\":[" + promise("paid") + "]}],"
                + "\"result\":" + promise("ship") + "}";
    }

    private JsonNode awaitEvents(String processId, int count) {
        return Await.until(() -> api.get("/processes/" + processId + "/events").json(), e -> e.size() >= count,
                Duration.ofSeconds(30), count + " events of " + processId);
    }

    @Test
    void anEventMessageCompletesTheEventTaskTheProcessWaitsOn() throws Exception {
        String decider = Api.actor("jms-wait");
        String worker = Api.actor("jms-ship");
        String id = api.start(decider, "[]");
        assertEquals(204, api.decide(api.pollOne(decider), awaitPaidThenShip(worker)).status());

        jms.send("baton.events", "{\"processId\":\"" + id + "\",\"name\":\"paid\",\"payload\":{\"amount\":42}}");

        JsonNode ship = api.pollOne(worker);
        assertEquals(42, ship.get("args").get(0).get("amount").asInt());
        assertEquals(204, api.complete(ship, "\"shipped\"").status());
        assertEquals("shipped", api.awaitState(id, "COMPLETED").get("result").asText());
    }

    @Test
    void anEventMessageThatArrivesBeforeTheWaitIsKeptInTheMailboxAndARedeliveryChangesNothing() throws Exception {
        String decider = Api.actor("jms-early");
        String worker = Api.actor("jms-ship-early");
        String key = "order-" + UUID.randomUUID();
        String id = api.post("/processes", "{\"actor\":\"" + decider + "\",\"businessKey\":\"" + key + "\"}").json().get("id").asText();

        String event = "{\"actor\":\"" + decider + "\",\"businessKey\":\"" + key + "\",\"name\":\"paid\",\"payload\":7}";
        String group = UUID.randomUUID().toString();
        String first = jms.send("baton.events", event, Map.of("JMSXGroupID", group));
        jms.send("baton.events", event, Map.of("JMSXGroupID", group, "baton_original_message_id", first));
        jms.send("baton.events", "{\"processId\":\"" + id + "\",\"name\":\"marker\"}", Map.of("JMSXGroupID", group));

        JsonNode mailbox = awaitEvents(id, 2);
        assertEquals(2, mailbox.size(), mailbox::toString);
        assertEquals("paid", mailbox.get(0).get("name").asText());
        assertEquals("marker", mailbox.get(1).get("name").asText());

        assertEquals(204, api.decide(api.pollOne(decider), awaitPaidThenShip(worker)).status());
        assertEquals(7, api.pollOne(worker).get("args").get(0).asInt());
    }

    /** An event for a business key whose start is still under way is redelivered until the process exists. */
    @Test
    void anEventWhoseStartArrivesLaterIsDeliveredOnceTheProcessExists() throws Exception {
        String decider = Api.actor("jms-late-start");
        String key = "late-" + UUID.randomUUID();
        jms.send("baton.events", "{\"actor\":\"" + decider + "\",\"businessKey\":\"" + key + "\",\"name\":\"paid\",\"payload\":\"early\"}");
        jms.send("baton.start", "{\"actor\":\"" + decider + "\",\"businessKey\":\"" + key + "\"}");

        JsonNode process = Await.until(() -> api.get("/processes?businessKey=" + key).json().get("items"),
                items -> items.size() == 1, Duration.ofSeconds(30), "the process of " + key).get(0);
        JsonNode events = awaitEvents(process.get("id").asText(), 1);
        assertEquals("early", api.get("/processes/" + process.get("id").asText() + "/events").json().get(0).get("payload").asText(),
                events::toString);
    }
}
