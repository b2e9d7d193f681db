package dev.baton.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Example of a test that controls the server's life itself: the container "wildfly-manual" (manual mode)
 * is started, killed and restarted by the test. Classes named *RestartIT run in failsafe's "restart"
 * execution, after the other tests and their server have stopped (same ports, same database).
 * Template for "restart the server with work in flight": start work, {@code controller.kill(...)} (crash)
 * or {@code controller.stop(...)} (graceful), {@code controller.start(...)}, then assert the work completes.
 */
@ExtendWith(ArquillianExtension.class)
class ServerRestartIT {

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = BatonDeployment.DEPLOYMENT, managed = false, testable = false)
    @TargetsContainer(BatonDeployment.MANUAL_CONTAINER)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    @Test
    void ear_comes_back_after_the_server_is_killed() {
        controller.start(BatonDeployment.MANUAL_CONTAINER);
        try {
            deployer.deploy(BatonDeployment.DEPLOYMENT);
            assertConsoleAnswers();

            // crash: no graceful shutdown (the process is destroyed)
            controller.kill(BatonDeployment.MANUAL_CONTAINER);
            controller.start(BatonDeployment.MANUAL_CONTAINER);

            // the deployment is persistent: it is back without deploying again
            HttpResponse<String> ready = BatonDeployment.awaitGet(BatonDeployment.MANAGEMENT.resolve("/health/ready"),
                    r -> r.statusCode() == 200, Duration.ofSeconds(60));
            assertEquals(200, ready.statusCode(), ready.body());
            assertConsoleAnswers();

            deployer.undeploy(BatonDeployment.DEPLOYMENT);
        } finally {
            controller.stop(BatonDeployment.MANUAL_CONTAINER);
        }
    }

    private static void assertConsoleAnswers() {
        HttpResponse<String> console = BatonDeployment.awaitGet(BatonDeployment.CONSOLE,
                r -> r.statusCode() < 500 && r.statusCode() != 404, Duration.ofSeconds(60));
        assertEquals(true, console.statusCode() < 500, "console: " + console.statusCode());
    }
}
