package dev.baton.it.engine;

import dev.baton.it.BatonDeployment;
import dev.baton.it.support.Api;
import dev.baton.it.support.Await;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Long polls hold no request thread while they wait: far more waiting polls than the server has worker
 * threads (WildFly's default is 16 per core) leave it answering other requests, and each waiting poll is
 * woken by work queued for its actor.
 */
@ExtendWith(ArquillianExtension.class)
class LongPollIT {

    private static final int WAITING_POLLS = 120;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    @Test
    void manyWaitingLongPollsNeitherBlockTheServerNorMissTheirWork() {
        Api api = Api.admin();
        String actor = Api.actor("waiting");
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("baton:baton".getBytes(StandardCharsets.UTF_8));
        List<CompletableFuture<HttpResponse<String>>> polls = new ArrayList<>();
        for (int i = 0; i < WAITING_POLLS; i++) {
            polls.add(http.sendAsync(HttpRequest.newBuilder(URI.create(Api.BASE + "/tasks/poll"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"actor\":\"" + actor + "\",\"workerId\":\"w" + i
                            + "\",\"max\":1,\"waitSeconds\":30}"))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        // With every poll parked, other requests are still served at once.
        Await.until(() -> api.get("/actors").status(), status -> status == 200, Duration.ofSeconds(10), "the API to answer");
        assertTrue(polls.stream().noneMatch(CompletableFuture::isDone), "no poll answers before work exists");

        List<String> processes = new ArrayList<>();
        for (int i = 0; i < WAITING_POLLS; i++) {
            processes.add(api.start(actor, "[" + i + "]"));
        }
        Set<String> delivered = new HashSet<>();
        for (CompletableFuture<HttpResponse<String>> poll : polls) {
            HttpResponse<String> response = poll.join();
            assertEquals(200, response.statusCode(), response.body());
            delivered.add(response.body().replaceAll(".*\"processId\":\"([^\"]+)\".*", "$1"));
        }
        assertEquals(new HashSet<>(processes), delivered, "every waiting poll got a different task");
    }
}
