package dev.baton.it.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.it.BatonDeployment;
import dev.baton.it.support.Api;
import dev.baton.it.support.Database;
import dev.baton.it.support.Jms;
import jakarta.jms.Message;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.baton.it.support.Jms.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code baton.process-events}: one message per terminal state, only for committed changes. Each test subscribes
 * with a selector on its own actors, and ends a "marker" process after the one under test: outcomes of one node are
 * relayed in commit order, so once the marker's outcome is in, a duplicate of the first would be too.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessEventsTopicIT {

    private final Api api = Api.admin();
    private Jms jms;
    private Jms.Subscription outcomes;
    private String actor;
    private String markerActor;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    @BeforeEach
    void subscribe() throws Exception {
        actor = Api.actor("outcome");
        markerActor = Api.actor("marker");
        jms = Jms.as(BatonDeployment.CLIENT);
        outcomes = jms.subscribe("baton_actor IN ('" + actor + "', '" + markerActor + "')");
    }

    @AfterEach
    void disconnect() throws Exception {
        outcomes.close();
        jms.close();
    }

    private String startWithDecision(String businessKey, String decisionJson) {
        return startWithDecision(actor, businessKey, decisionJson);
    }

    private String startWithDecision(String actor, String businessKey, String decisionJson) {
        Api.Reply started = api.post("/processes", "{\"actor\":\"" + actor + "\",\"args\":[]"
                + (businessKey == null ? "" : ",\"businessKey\":\"" + businessKey + "\"") + "}");
        assertEquals(201, started.status(), started::toString);
        String id = started.json().get("id").asText();
        if (decisionJson != null) {
            assertEquals(204, api.decide(api.pollOne(actor), decisionJson).status());
        }
        return id;
    }

    /** Ends one more process (of another actor) and waits for its outcome: everything published before it is in. */
    private void awaitMarker() {
        String marker = startWithDecision(markerActor, null, "{\"result\":\"marker\"}");
        outcomes.await(1, m -> marker.equals(property(m, "baton_process_id")), "the marker's outcome");
    }

    private List<Message> outcomesOf(String processId) {
        return outcomes.received().stream().filter(m -> processId.equals(property(m, "baton_process_id"))).toList();
    }

    private static JsonNode body(Message message) {
        try {
            return Api.JSON.readTree(Jms.text(message));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCompletedProcessIsPublishedOnceWithItsResultAndSelectableProperties() {
        String id = startWithDecision("order-" + UUID.randomUUID(), "{\"result\":{\"total\":42}}");
        api.awaitState(id, "COMPLETED");
        awaitMarker();

        List<Message> published = outcomesOf(id);
        assertEquals(1, published.size(), () -> "outcomes: " + published);
        Message message = published.get(0);
        assertEquals("COMPLETED", property(message, "baton_state"));
        assertEquals(actor, property(message, "baton_actor"));
        JsonNode json = body(message);
        assertEquals(id, json.get("processId").asText());
        assertEquals(actor, json.get("actor").asText());
        assertTrue(json.get("businessKey").asText().startsWith("order-"));
        assertEquals("COMPLETED", json.get("state").asText());
        assertEquals(42, json.get("result").get("total").asInt());
        assertTrue(json.get("error").isNull());
        assertEquals(api.process(id).get("endedAt").asText(), json.get("endedAt").asText());
        assertEquals(property(message, "baton_outcome_id"), json.get("outcomeId").asText());
    }

    @Test
    void aFailedProcessIsPublishedOnceWithItsErrorAndARestartedOneAgainWhenItCompletes() {
        String id = startWithDecision(null, null);
        JsonNode start = api.pollOne(actor);
        assertEquals(204, api.fail(start, "bad-input", false).status());
        api.awaitState(id, "FAILED");
        Message failed = outcomes.await(1, m -> id.equals(property(m, "baton_process_id")), "the failure").get(0);
        assertEquals("FAILED", property(failed, "baton_state"));
        assertEquals("bad-input", body(failed).get("error").get("type").asText());
        assertTrue(body(failed).get("result").isNull());

        assertEquals(200, api.post("/tasks/" + start.get("id").asText() + "/restart", "{\"reason\":\"fixed\"}").status());
        assertEquals(204, api.decide(api.pollOne(actor), "{\"result\":\"second time\"}").status());
        api.awaitState(id, "COMPLETED");
        awaitMarker();

        List<Message> published = outcomesOf(id);
        assertEquals(List.of("FAILED", "COMPLETED"), published.stream().map(m -> property(m, "baton_state")).toList());
        assertNotEquals(property(published.get(0), "baton_outcome_id"), property(published.get(1), "baton_outcome_id"));
        assertEquals("second time", body(published.get(1)).get("result").asText());
    }

    @Test
    void aCancelledProcessIsPublishedOnceAndSubscribersCanSelectByState() throws Exception {
        try (Jms.Subscription cancelledOnly = jms.subscribe("baton_actor = '" + actor + "' AND baton_state = 'CANCELLED'")) {
            String completed = startWithDecision(null, "{\"result\":1}");
            String cancelled = startWithDecision(null, null);
            assertEquals(200, api.operate(cancelled, "cancel").status());
            api.awaitState(completed, "COMPLETED");
            awaitMarker();

            assertEquals(1, outcomesOf(cancelled).size());
            assertEquals("CANCELLED", property(outcomesOf(cancelled).get(0), "baton_state"));
            List<Message> selected = cancelledOnly.await(1, m -> true, "the cancelled outcome");
            assertEquals(List.of(cancelled), selected.stream().map(m -> property(m, "baton_process_id")).toList());
        }
    }

    /**
     * The database refuses the ending transaction (a check constraint the test adds for this one process): the cancel
     * fails and rolls back, and nothing is published. Once the constraint is gone, the cancel commits and is published
     * once.
     */
    @Test
    void anEndingTransactionThatRollsBackPublishesNothing() {
        String id = startWithDecision(null, null);
        String constraint = "it_refuse_" + UUID.randomUUID().toString().substring(0, 8);
        Database.execute("ALTER TABLE baton_process ADD CONSTRAINT " + constraint
                + " CHECK (id <> '" + id + "' OR state <> 'CANCELLED')");
        try {
            Api.Reply refused = api.operate(id, "cancel");
            assertEquals(500, refused.status(), refused::toString);
            assertEquals("RUNNING", api.process(id).get("state").asText());
        } finally {
            Database.execute("ALTER TABLE baton_process DROP CONSTRAINT " + constraint);
        }
        awaitMarker();
        assertEquals(0, outcomesOf(id).size(), () -> "outcomes: " + outcomesOf(id));

        assertEquals(200, api.operate(id, "cancel").status());
        outcomes.await(1, m -> id.equals(property(m, "baton_process_id")), "the committed cancel");
        awaitMarker();
        assertEquals(1, outcomesOf(id).size());
    }

    /**
     * An outbox entry that no relay published (its node died after the commit) is published by the sweeper once the
     * engine clock has passed its grace; the same entry sent again (a relay that died between sending and deleting
     * it) carries the same duplicate-detection id, and the broker drops it.
     */
    @Test
    void theSweeperPublishesLeftoversAndTheBrokerDropsASecondSendOfOneEntry() {
        String processId = "01900000-0000-7000-8000-" + UUID.randomUUID().toString().substring(24);
        String outcomeId = "01900000-0000-7000-9000-" + UUID.randomUUID().toString().substring(24);
        Instant now = api.now();
        String insert = "INSERT INTO baton_outbox (id, process_id, actor, business_key, state, result, error, ended_at, "
                + "created_at, attempts) VALUES ('" + outcomeId + "', '" + processId + "', '" + actor + "', NULL, "
                + "'COMPLETED', '\"left over\"', NULL, TIMESTAMP WITH TIME ZONE '" + ts(now) + "', TIMESTAMP WITH TIME ZONE '"
                + ts(now) + "', 1)";
        Database.execute(insert);
        api.advanceClock(Duration.ofMinutes(1));
        Message first = outcomes.await(1, m -> processId.equals(property(m, "baton_process_id")), "the leftover").get(0);
        assertEquals("left over", body(first).get("result").asText());
        assertEquals(outcomeId, property(first, "baton_outcome_id"));

        Database.execute(insert);
        api.advanceClock(Duration.ofMinutes(1));
        awaitOutboxEmpty(outcomeId);
        awaitMarker();
        assertEquals(1, outcomesOf(processId).size(), () -> "outcomes: " + outcomesOf(processId));
    }

    private static String ts(Instant at) {
        return at.toString().replace('T', ' ').replace("Z", "+00:00");
    }

    private static void awaitOutboxEmpty(String outcomeId) {
        dev.baton.it.support.Await.until(() -> Database.count("SELECT COUNT(*) FROM baton_outbox WHERE id = '" + outcomeId + "'"),
                n -> n == 0, Duration.ofSeconds(30), "the sweeper to take outbox entry " + outcomeId);
    }
}
