package dev.baton.it.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.it.BatonDeployment;
import dev.baton.it.support.Api;
import dev.baton.it.support.Await;
import dev.baton.it.support.Database;
import dev.baton.it.support.Jms;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The node is killed while it consumes JMS starts (without business key) and publishes outcomes. Starts it had
 * committed but not acknowledged are redelivered after the restart and start nothing twice; outcomes committed
 * but not yet published (or published but not yet deleted from the outbox) are published after the restart,
 * each exactly once, to a durable subscriber that was away meanwhile.
 */
@ExtendWith(ArquillianExtension.class)
class JmsRestartIT {

    private static final int STARTS = 150;
    private static final String SUBSCRIPTION = "it-restart";

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    private final Api api = Api.admin();

    @Deployment(name = BatonDeployment.DEPLOYMENT, managed = false, testable = false)
    @TargetsContainer(BatonDeployment.MANUAL_CONTAINER)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    @Test
    void startsAndOutcomesInFlightWhenTheNodeIsKilledAreNeitherLostNorDoubled() throws Exception {
        String actor = Api.actor("jms-crash");
        String marker = Api.actor("jms-crash-marker");
        String selector = "baton_actor IN ('" + actor + "', '" + marker + "')";
        controller.start(BatonDeployment.MANUAL_CONTAINER);
        try {
            deployer.deploy(BatonDeployment.DEPLOYMENT);
            try (Jms jms = durableSubscriber()) {
                Session session = jms.connection().createSession(false, Session.AUTO_ACKNOWLEDGE);
                session.createDurableSubscriber(session.createTopic("baton.process-events"), SUBSCRIPTION, selector, false).close();
                for (int i = 0; i < STARTS; i++) {
                    jms.send("baton.start", "{\"actor\":\"" + actor + "\",\"args\":[" + i + "]}");
                }
            }
            // Deciders finish what has started until a third is done; the rest is still arriving when the node dies.
            Await.until(() -> decideAll(actor), done -> done >= STARTS / 3, Duration.ofSeconds(90), "a third of the processes");

            controller.kill(BatonDeployment.MANUAL_CONTAINER);
            controller.start(BatonDeployment.MANUAL_CONTAINER);
            HttpResponse<String> ready = BatonDeployment.awaitGet(BatonDeployment.MANAGEMENT.resolve("/health/ready"),
                    r -> r.statusCode() == 200, Duration.ofSeconds(120));
            assertEquals(200, ready.statusCode(), ready.body());

            Await.until(() -> decideAll(actor), done -> done >= STARTS, Duration.ofSeconds(120), "every start to complete");
            Map<Integer, Integer> startsPerArg = new TreeMap<>();
            for (JsonNode process : processes(actor)) {
                startsPerArg.merge(process.get("args").get(0).asInt(), 1, Integer::sum);
            }
            assertEquals(STARTS, startsPerArg.size(), "every start arrived");
            assertTrue(startsPerArg.values().stream().allMatch(n -> n == 1), () -> "a start ran twice: " + startsPerArg);

            // Entries the dead node had claimed become free once their claim expires (engine time); then the sweeper
            // publishes whatever is left, and the broker drops what the dead node had sent already.
            api.advanceClock(Duration.ofMinutes(2));
            Await.until(() -> Database.count("SELECT COUNT(*) FROM baton_outbox WHERE actor = '" + actor + "'"), n -> n == 0,
                    Duration.ofSeconds(60), "the outbox to be empty");
            String markerId = api.start(marker, "[]");
            api.decide(api.pollOne(marker), "{\"result\":\"last\"}");

            Map<String, Integer> outcomesPerProcess = new HashMap<>();
            try (Jms jms = durableSubscriber()) {
                Session session = jms.connection().createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageConsumer consumer = session.createDurableSubscriber(session.createTopic("baton.process-events"),
                        SUBSCRIPTION, selector, false);
                Await.until(() -> drain(consumer, outcomesPerProcess), n -> outcomesPerProcess.containsKey(markerId),
                        Duration.ofSeconds(60), "the marker's outcome, published after everything else");
                consumer.close();
                session.unsubscribe(SUBSCRIPTION);
            }
            outcomesPerProcess.remove(markerId);
            assertEquals(STARTS, outcomesPerProcess.size());
            assertTrue(outcomesPerProcess.values().stream().allMatch(n -> n == 1), () -> "published twice: " + outcomesPerProcess);
            deployer.undeploy(BatonDeployment.DEPLOYMENT);
        } finally {
            controller.stop(BatonDeployment.MANUAL_CONTAINER);
        }
    }

    private static Jms durableSubscriber() throws Exception {
        return Jms.as(BatonDeployment.CLIENT, "it-restart-client");
    }

    private static int drain(MessageConsumer consumer, Map<String, Integer> outcomesPerProcess) {
        try {
            Message message;
            while ((message = consumer.receive(200)) != null) {
                JsonNode outcome = Api.JSON.readTree(((TextMessage) message).getText());
                outcomesPerProcess.merge(outcome.get("processId").asText(), 1, Integer::sum);
            }
            return outcomesPerProcess.size();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<JsonNode> processes(String actor) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            Api.Reply page = api.get("/processes?limit=500&actor=" + URLEncoder.encode(actor, StandardCharsets.UTF_8)
                    + (cursor == null ? "" : "&cursor=" + cursor));
            page.json().get("items").forEach(all::add);
            cursor = page.json().get("next").isNull() ? null : page.json().get("next").asText();
        } while (cursor != null);
        return all;
    }

    /** Completes every start task waiting now (result = its argument); returns how many processes are completed. */
    private int decideAll(String actor) {
        for (JsonNode task : api.poll(actor, 50, 1)) {
            api.decide(task, "{\"result\":" + task.get("args").get(0).asInt() + "}");
        }
        return (int) processes(actor).stream().filter(p -> "COMPLETED".equals(p.get("state").asText())).count();
    }
}
