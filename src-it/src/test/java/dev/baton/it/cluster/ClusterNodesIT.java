package dev.baton.it.cluster;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The node registry of a one-node cluster: the node is UP, holds both roles, is the coordinator, and its
 * leases in flight and completions per second follow the work done through it.
 */
@ExtendWith(ArquillianExtension.class)
class ClusterNodesIT {

    private final Api api = Api.admin();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    @Test
    void theOnlyNodeIsUpWithBothRolesAndIsTheCoordinator() {
        JsonNode node = Await.until(() -> api.get("/cluster/nodes").json(),
                n -> n.size() == 1 && n.get(0).get("coordinator").asBoolean(), Duration.ofSeconds(30),
                "the node to be elected coordinator").get(0);
        assertEquals("UP", node.get("state").asText());
        assertEquals("[\"api\",\"executor\"]", node.get("roles").toString());
        assertTrue(node.get("address").asText().startsWith("127.0.0.1:"), node.toString());
        assertTrue(!node.get("version").asText().isBlank());
        Instant lastSeen = Instant.parse(node.get("lastSeen").asText());
        assertTrue(lastSeen.isAfter(Instant.parse(node.get("startedAt").asText())), node.toString());
        assertEquals(node.get("id"), api.get("/cluster/nodes/" + node.get("id").asText()).json().get("id"),
                "the node is also found by its id");
    }

    @Test
    void leasesInFlightAndCompletionsPerSecondFollowTheWorkThroughTheNode() {
        String decider = Api.actor("registry");
        api.start(decider, "[1]");
        api.start(decider, "[2]");
        JsonNode first = api.pollOne(decider);
        JsonNode second = api.pollOne(decider);
        JsonNode leased = Await.until(() -> api.get("/cluster/nodes").json().get(0), n -> n.get("leasesHeld").asLong() >= 2,
                Duration.ofSeconds(10), "two leases counted on the node");
        assertTrue(leased.get("leasesHeld").asLong() >= 2);
        assertEquals(204, api.decide(first, "{\"tasks\":[],\"result\":1}").status());
        assertEquals(204, api.decide(second, "{\"tasks\":[],\"result\":2}").status());
        JsonNode counted = Await.until(() -> api.get("/cluster/nodes").json().get(0),
                n -> n.get("completionsPerSecond").asDouble() > 0, Duration.ofSeconds(15),
                "completions counted in the cluster");
        assertTrue(counted.get("completionsPerSecond").asDouble() >= 2 / 60.0 - 0.01, counted.toString());
    }

    @Test
    void anUnknownNodeIsAProblemAndViewersMayReadTheRegistry() {
        Api.Reply missing = api.get("/cluster/nodes/no-such-node");
        assertEquals(404, missing.status());
        assertEquals("unknown-node", missing.problemType());
        assertEquals(200, Api.as("viewer", "viewer").get("/cluster/nodes").status());
        assertEquals(403, Api.as("worker", "worker").get("/cluster/nodes").status());
    }
}
