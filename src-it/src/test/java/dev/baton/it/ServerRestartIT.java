package dev.baton.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.it.support.Api;
import dev.baton.it.support.Await;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.baton.it.support.Api.promise;
import static dev.baton.it.support.Api.task;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A crash of the only node with work in every stage (queued, leased, waiting on promises) loses nothing:
 * after the restart the queues are rebuilt from the database and every process completes. The container
 * "wildfly-manual" is started, killed and restarted by the test; classes named *RestartIT run in
 * failsafe's "restart" execution, after the other tests and their server have stopped.
 */
@ExtendWith(ArquillianExtension.class)
class ServerRestartIT {

    private static final int PROCESSES = 12;

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
    void processesInFlightWhenTheServerIsKilledAllCompleteAfterItRestarts() {
        String decider = Api.actor("crash");
        String worker = Api.actor("inc");
        controller.start(BatonDeployment.MANUAL_CONTAINER);
        try {
            deployer.deploy(BatonDeployment.DEPLOYMENT);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < PROCESSES; i++) {
                ids.add(api.start(decider, "[" + (i * 10) + "]"));
            }
            // Two thirds of the deciders plan a three-step sequence; the rest stay queued.
            for (JsonNode decision : api.poll(decider, PROCESSES * 2 / 3, 10)) {
                assertEquals(204, api.decide(decision, sequence(worker, decision.get("args").get(0).asInt())).status());
            }
            // Some first steps complete, some are leased and never answered: the worker "dies" with the node.
            List<JsonNode> firstSteps = api.poll(worker, 8, 10);
            for (int i = 0; i < firstSteps.size() / 2; i++) {
                api.complete(firstSteps.get(i), String.valueOf(firstSteps.get(i).get("args").get(0).asInt() + 1));
            }

            controller.kill(BatonDeployment.MANUAL_CONTAINER);
            controller.start(BatonDeployment.MANUAL_CONTAINER);
            HttpResponse<String> ready = BatonDeployment.awaitGet(BatonDeployment.MANAGEMENT.resolve("/health/ready"),
                    r -> r.statusCode() == 200, Duration.ofSeconds(90));
            assertEquals(200, ready.statusCode(), ready.body());

            // Fresh actors on the restarted node finish everything, including the leases lost in the crash.
            Await.until(() -> drive(decider, worker, ids), done -> done == PROCESSES, Duration.ofSeconds(90),
                    "every process to complete after the restart");
            for (int i = 0; i < PROCESSES; i++) {
                JsonNode process = api.process(ids.get(i));
                assertEquals("COMPLETED", process.get("state").asText());
                assertEquals(i * 10 + 3, process.get("result").asInt(), "each step ran exactly once in effect");
            }
            deployer.undeploy(BatonDeployment.DEPLOYMENT);
        } finally {
            controller.stop(BatonDeployment.MANUAL_CONTAINER);
        }
    }

    private static String sequence(String worker, int arg) {
        return "{\"tasks\":[" + task("a", worker, "[" + arg + "]") + "," + task("b", worker, "[" + promise("a") + "]") + ","
                + task("c", worker, "[" + promise("b") + "]") + "],\"result\":" + promise("c") + "}";
    }

    /** One round of deciding and working; returns how many of the processes are completed. */
    private int drive(String decider, String worker, List<String> ids) {
        for (JsonNode decision : api.poll(decider, 10, 1)) {
            api.decide(decision, sequence(worker, decision.get("args").get(0).asInt()));
        }
        for (JsonNode step : api.poll(worker, 10, 1)) {
            api.complete(step, String.valueOf(step.get("args").get(0).asInt() + 1));
        }
        return (int) ids.stream().filter(id -> "COMPLETED".equals(api.process(id).get("state").asText())).count();
    }
}
