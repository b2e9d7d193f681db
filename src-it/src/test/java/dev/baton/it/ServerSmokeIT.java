package dev.baton.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The provisioned server boots with the real EAR: health answers, the API is protected. */
@ExtendWith(ArquillianExtension.class)
class ServerSmokeIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    @Test
    void livenessIsUp() {
        HttpResponse<String> response = BatonDeployment.get(BatonDeployment.MANAGEMENT.resolve("/health/live"));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"UP\""), response.body());
    }

    @Test
    void readinessIncludesTheEnginesDatabaseAndHazelcastCheck() throws Exception {
        HttpResponse<String> response = BatonDeployment.get(BatonDeployment.MANAGEMENT.resolve("/health/ready"));
        assertEquals(200, response.statusCode(), response.body());

        // The engine's own check (dev.baton.engine.health): database and Hazelcast answer.
        JsonNode baton = null;
        for (JsonNode check : new ObjectMapper().readTree(response.body()).path("checks")) {
            if ("baton".equals(check.path("name").asText())) {
                baton = check;
            }
        }
        assertNotNull(baton, "no readiness check named baton: " + response.body());
        assertEquals("UP", baton.path("status").asText(), response.body());
        assertEquals("UP", baton.path("data").path("database").asText(), response.body());
        assertEquals("UP", baton.path("data").path("hazelcast").asText(), response.body());
    }

    @Test
    void theApiRequiresAuthentication() {
        HttpResponse<String> response = BatonDeployment.get(BatonDeployment.API.resolve("processes/does-not-exist"));
        assertEquals(401, response.statusCode(), response.body());
    }

    @Test
    void theOpenApiDocumentDescribesTheWholeProtocol() {
        HttpResponse<String> response = BatonDeployment.get(BatonDeployment.API.resolve("/openapi"));
        assertEquals(200, response.statusCode(), response.body());
        for (String path : new String[]{"/processes:", "/processes/{id}:", "/processes/{id}/tasks:", "/tasks/poll:",
                "/tasks/{id}/complete:", "/tasks/{id}/fail:", "/tasks/{id}/heartbeat:", "/actors:", "/clock:",
                "/tasks/outcomes:", "/processes/{id}/suspend:", "/processes/{id}/events/{name}:", "/events:",
                "/bulk-operations:", "/broken-tasks:", "/audit:", "/actors/{actor}/block:", "/tasks/{id}/restart:",
                "/clock/advance:"}) {
            assertTrue(response.body().contains(path), "the OpenAPI document lacks " + path);
        }
        assertTrue(response.body().contains("application/problem+json"));
    }
}
