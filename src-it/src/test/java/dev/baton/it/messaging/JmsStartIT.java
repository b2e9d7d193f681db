package dev.baton.it.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.cli.jms.BatonJms;
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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code baton.start}: a JSON message starts a process, and a repeated delivery of one start (same business key,
 * or the same original message id) starts nothing twice. Messages of one JMS group are handled one after the
 * other, in order, so a marker message sent last in the group proves the ones before it were handled.
 */
@ExtendWith(ArquillianExtension.class)
class JmsStartIT {

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

    private JsonNode processes(String actor) {
        Api.Reply reply = api.get("/processes?actor=" + URLEncoder.encode(actor, StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().get("items");
    }

    private JsonNode awaitProcesses(String actor, int count) {
        return Await.until(() -> processes(actor), items -> items.size() >= count, Duration.ofSeconds(30),
                count + " processes of " + actor);
    }

    @Test
    void aStartMessageStartsAProcessWithItsArgumentsAndBusinessKey() throws Exception {
        String actor = Api.actor("jms-start");
        jms.send("baton.start", "{\"actor\":\"" + actor + "\",\"args\":[1,{\"a\":true}],\"businessKey\":\"order-7\"}");

        JsonNode process = awaitProcesses(actor, 1).get(0);
        assertEquals("order-7", process.get("businessKey").asText());
        JsonNode task = api.pollOne(actor);
        assertEquals(process.get("id").asText(), task.get("processId").asText());
        assertEquals("[1,{\"a\":true}]", task.get("args").toString());
    }

    @Test
    void aRepeatedStartWithTheSameBusinessKeyStartsOneProcess() throws Exception {
        String actor = Api.actor("jms-key");
        String marker = Api.actor("jms-key-marker");
        String group = UUID.randomUUID().toString();
        String start = "{\"actor\":\"" + actor + "\",\"businessKey\":\"k-1\"}";
        jms.send("baton.start", start, Map.of("JMSXGroupID", group));
        jms.send("baton.start", start, Map.of("JMSXGroupID", group));
        jms.send("baton.start", "{\"actor\":\"" + marker + "\"}", Map.of("JMSXGroupID", group));

        awaitProcesses(marker, 1);
        assertEquals(1, processes(actor).size(), () -> "processes: " + processes(actor));
    }

    /**
     * A start without business key is identified by its original message id. A delivery that carries the id of a
     * message already handled (what the broker's redelivery after a lost acknowledgement, and a re-drive from the
     * dead-letter queue, look like to Baton) finds the request key committed with the first process.
     */
    @Test
    void aRedeliveredStartWithoutBusinessKeyStartsNothingTwice() throws Exception {
        String actor = Api.actor("jms-redelivered");
        String marker = Api.actor("jms-redelivered-marker");
        String group = UUID.randomUUID().toString();
        String start = "{\"actor\":\"" + actor + "\",\"args\":[42]}";
        String first = jms.send("baton.start", start, Map.of("JMSXGroupID", group));
        jms.send("baton.start", start, Map.of("JMSXGroupID", group, "baton_original_message_id", first));
        jms.send("baton.start", start, Map.of("JMSXGroupID", group, "baton_original_message_id", first));
        jms.send("baton.start", "{\"actor\":\"" + marker + "\"}", Map.of("JMSXGroupID", group));

        awaitProcesses(marker, 1);
        assertEquals(1, processes(actor).size(), () -> "processes: " + processes(actor));

        String other = jms.send("baton.start", start);
        assertTrue(!other.equals(first));
        awaitProcesses(actor, 2);
    }

    @Test
    void theCommandLineExampleStartsAProcess() {
        String actor = Api.actor("jms-cli");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = BatonJms.run(new String[]{"start", "{\"actor\":\"" + actor + "\",\"args\":[\"from the shell\"]}",
                        "--url", Jms.URL, "--user", "client", "--password", "client"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertEquals(0, status, out::toString);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("sent ID:"), out::toString);
        awaitProcesses(actor, 1);
        assertEquals("[\"from the shell\"]", api.pollOne(actor).get("args").toString());
    }
}
