package dev.baton.it.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.cli.jms.BatonJms;
import dev.baton.it.BatonDeployment;
import dev.baton.it.support.Api;
import dev.baton.it.support.Await;
import dev.baton.it.support.Jms;
import jakarta.jms.BytesMessage;
import jakarta.jms.Message;
import jakarta.jms.ObjectMessage;
import jakarta.jms.TextMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static dev.baton.it.support.Jms.property;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Poison messages end on {@code baton.dlq} with their body and the reason, and never block the queue: what can never
 * succeed is dead-lettered on its first delivery; what might heal is redelivered and dead-lettered after the bounded
 * number of deliveries with the last reason. Each test marks its messages with a property {@code it_case}, which
 * the dead letters keep, to find its own.
 */
@ExtendWith(ArquillianExtension.class)
class DeadLetterIT {

    private final Api api = Api.admin();
    private Jms client;
    private Jms admin;

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    @BeforeEach
    void connect() throws Exception {
        client = Jms.as(BatonDeployment.CLIENT);
        admin = Jms.as(BatonDeployment.ADMIN);
    }

    @AfterEach
    void disconnect() throws Exception {
        client.close();
        admin.close();
    }

    private static String newCase() {
        return UUID.randomUUID().toString();
    }

    private Message awaitDeadLetter(String itCase) {
        return admin.awaitDeadLetter("it_case = '" + itCase + "'");
    }

    private JsonNode awaitProcessOf(String actor) {
        return Await.until(() -> api.get("/processes?actor=" + URLEncoder.encode(actor, StandardCharsets.UTF_8)).json().get("items"),
                items -> items.size() == 1, Duration.ofSeconds(30), "a process of " + actor).get(0);
    }

    @Test
    void eachPoisonStartIsDeadLetteredOnItsFirstDeliveryWithItsReasonAndBody() throws Exception {
        String big = "x".repeat(300 * 1024);
        Map<String, String> poison = new LinkedHashMap<>();
        poison.put("this is not json", "malformed-json");
        poison.put("[1, 2]", "malformed-json");
        poison.put("{\"actor\":\"it.a#1\",\"colour\":\"red\"}", "unknown-field");
        poison.put("{\"args\":[]}", "missing-field");
        poison.put("{\"actor\":\"it.a#1\",\"args\":\"no array\"}", "invalid-field");
        poison.put("{\"actor\":\"no version here\"}", "invalid-actor");
        poison.put("{\"actor\":\"it.a#1\",\"args\":[\"" + big + "\"]}", "payload-too-large");
        for (Map.Entry<String, String> message : poison.entrySet()) {
            String itCase = newCase();
            String id = client.send("baton.start", message.getKey(), Map.of("it_case", itCase));

            Message letter = awaitDeadLetter(itCase);
            assertEquals(message.getValue(), property(letter, "baton_error_type"), message.getKey().substring(0, Math.min(40, message.getKey().length())));
            assertTrue(property(letter, "baton_error").length() > 10, () -> property(letter, "baton_error"));
            assertEquals("baton.start", property(letter, "baton_source"));
            assertEquals(1, letter.getIntProperty("baton_delivery_count"), "dead-lettered at once, not retried");
            assertEquals(id, property(letter, "baton_original_message_id"));
            assertEquals(message.getKey(), ((TextMessage) letter).getText(), "the body as it was sent");
        }

        String actor = Api.actor("after-poison");
        client.send("baton.start", "{\"actor\":\"" + actor + "\"}");
        awaitProcessOf(actor);
    }

    @Test
    void messagesThatAreNotTextAreDeadLetteredWithTheirBodyUnread() throws Exception {
        String bytesCase = newCase();
        byte[] payload = "{\"actor\":\"it.bytes#1\"}".getBytes(StandardCharsets.UTF_8);
        client.send("baton.start", session -> {
            BytesMessage message = session.createBytesMessage();
            message.writeBytes(payload);
            message.setStringProperty("it_case", bytesCase);
            return message;
        });
        String objectCase = newCase();
        client.send("baton.events", session -> {
            ObjectMessage message = session.createObjectMessage(new java.util.ArrayList<>(java.util.List.of("not", "for", "baton")));
            message.setStringProperty("it_case", objectCase);
            return message;
        });

        Message bytes = awaitDeadLetter(bytesCase);
        assertEquals("unsupported-message-type", property(bytes, "baton_error_type"));
        byte[] kept = new byte[(int) ((BytesMessage) bytes).getBodyLength()];
        ((BytesMessage) bytes).readBytes(kept);
        assertArrayEquals(payload, kept);

        Message object = awaitDeadLetter(objectCase);
        assertEquals("unsupported-message-type", property(object, "baton_error_type"));
        assertEquals("baton.events", property(object, "baton_source"));
        assertTrue(object instanceof ObjectMessage, "still an ObjectMessage: " + object);
        assertTrue(property(object, "baton_error").contains("never deserialized"), () -> property(object, "baton_error"));
    }

    @Test
    void eventsForAnUnknownProcessIdOrAFinishedProcessAreDeadLetteredAtOnce() throws Exception {
        String unknownCase = newCase();
        client.send("baton.events", "{\"processId\":\"01800000-0000-7000-8000-000000000000\",\"name\":\"paid\"}",
                Map.of("it_case", unknownCase));
        Message unknown = awaitDeadLetter(unknownCase);
        assertEquals("unknown-process", property(unknown, "baton_error_type"));
        assertEquals(1, unknown.getIntProperty("baton_delivery_count"));

        String actor = Api.actor("finished");
        String id = api.start(actor, "[]");
        assertEquals(204, api.decide(api.pollOne(actor), "{\"result\":\"done\"}").status());
        api.awaitState(id, "COMPLETED");
        String finishedCase = newCase();
        client.send("baton.events", "{\"processId\":\"" + id + "\",\"name\":\"paid\",\"payload\":1}", Map.of("it_case", finishedCase));
        Message finished = awaitDeadLetter(finishedCase);
        assertEquals("process-finished", property(finished, "baton_error_type"));
        assertEquals(1, finished.getIntProperty("baton_delivery_count"));
    }

    /**
     * An event addressed by a business key that no process has may be early (its start still on its way): the broker
     * redelivers it, and after the bounded number of deliveries it is dead-lettered with the last reason.
     */
    @Test
    void anEventForABusinessKeyThatNeverAppearsIsRedeliveredThenDeadLetteredWithTheLastReason() throws Exception {
        String itCase = newCase();
        client.send("baton.events", "{\"actor\":\"" + Api.actor("nobody") + "\",\"businessKey\":\"never\",\"name\":\"paid\"}",
                Map.of("it_case", itCase));
        Message letter = awaitDeadLetter(itCase);
        assertEquals("unknown-process", property(letter, "baton_error_type"));
        assertEquals(5, letter.getIntProperty("baton_delivery_count"));
        assertTrue(property(letter, "baton_error").contains("after 5 deliveries"), () -> property(letter, "baton_error"));
    }

    /**
     * With {@code baton.actors.require-registration} on, a start for an actor nobody registered is refused: on the API
     * with 404 {@code unknown-actor}, on JMS as a dead letter. An operator registers the actor and re-drives the dead
     * letter with the JMS command line; the process starts.
     */
    @Test
    void aStartForAnUnknownActorIsDeadLetteredAndStartsOnceTheActorIsRegisteredAndTheLetterReDriven() throws Exception {
        String actor = Api.actor("unregistered");
        setRegistrationRequired(true);
        try {
            Api.Reply refused = api.post("/processes", "{\"actor\":\"" + actor + "\"}");
            assertEquals(404, refused.status(), refused::toString);
            assertEquals("unknown-actor", refused.problemType());

            String itCase = newCase();
            client.send("baton.start", "{\"actor\":\"" + actor + "\",\"args\":[\"again\"]}", Map.of("it_case", itCase));
            Message letter = awaitDeadLetter(itCase);
            assertEquals("unknown-actor", property(letter, "baton_error_type"));

            String listed = cli("dlq", "list");
            assertTrue(listed.contains(letter.getJMSMessageID()) && listed.contains("unknown-actor"), listed);

            assertEquals(200, api.post("/actors/" + URLEncoder.encode(actor, StandardCharsets.UTF_8) + "/register", "").status());
            String redriven = cli("dlq", "redrive", "--id", letter.getJMSMessageID());
            assertTrue(redriven.contains("re-drove 1 dead letter"), redriven);

            JsonNode process = awaitProcessOf(actor);
            assertEquals("[\"again\"]", api.pollOne(actor).get("args").toString());
            assertEquals(0, admin.deadLetters("it_case = '" + itCase + "'").size());
            assertEquals("RUNNING", process.get("state").asText());
        } finally {
            setRegistrationRequired(false);
        }
    }

    private String cli(String... command) {
        String[] args = new String[command.length + 6];
        System.arraycopy(command, 0, args, 0, command.length);
        System.arraycopy(new String[]{"--url", Jms.URL, "--user", "baton", "--password", "baton"}, 0, args, command.length, 6);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = BatonJms.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, () -> String.join(" ", command) + ": " + err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The switch is read on every start, so the test flips it as a server system property. */
    private void setRegistrationRequired(boolean required) throws Exception {
        ModelNode op = new ModelNode();
        op.get("address").add("system-property", "baton.actors.require-registration");
        if (required) {
            op.get("operation").set("add");
            op.get("value").set("true");
        } else {
            op.get("operation").set("remove");
        }
        ModelNode result = management.getControllerClient().execute(op);
        assertEquals("success", result.get("outcome").asString(), result::toString);
    }
}
