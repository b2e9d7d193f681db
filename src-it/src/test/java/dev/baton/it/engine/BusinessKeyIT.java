package dev.baton.it.engine;

import dev.baton.it.BatonDeployment;
import dev.baton.it.support.Api;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
class BusinessKeyIT {

    private final Api api = Api.admin();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    @Test
    void aSecondStartWithTheSameKeyReturnsTheFirstProcess() {
        String actor = Api.actor("keyed");
        String body = "{\"actor\":\"" + actor + "\",\"args\":[1],\"businessKey\":\"order-42\"}";
        Api.Reply first = api.post("/processes", body);
        assertEquals(201, first.status());
        assertTrue(first.location().endsWith("/api/v1/processes/" + first.json().get("id").asText()), first.location());
        Api.Reply second = api.post("/processes", body);
        assertEquals(200, second.status());
        assertEquals(first.json().get("id"), second.json().get("id"));
        assertEquals("order-42", second.json().get("businessKey").asText());
        assertEquals(1, api.poll(actor, 10, 1).size(), "only one start task exists");
    }

    @Test
    void theSameKeyUnderAnotherActorIsAnotherProcess() {
        Api.Reply a = api.post("/processes", "{\"actor\":\"" + Api.actor("a") + "\",\"businessKey\":\"k\"}");
        Api.Reply b = api.post("/processes", "{\"actor\":\"" + Api.actor("b") + "\",\"businessKey\":\"k\"}");
        assertEquals(201, a.status());
        assertEquals(201, b.status());
    }

    @Test
    void concurrentStartsWithOneKeyCreateExactlyOneProcess() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (int round = 0; round < 5; round++) {
                String actor = Api.actor("race");
                String body = "{\"actor\":\"" + actor + "\",\"args\":[],\"businessKey\":\"same\"}";
                List<Callable<Api.Reply>> starts = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    starts.add(() -> api.post("/processes", body));
                }
                Set<String> ids = new HashSet<>();
                int created = 0;
                for (Future<Api.Reply> f : pool.invokeAll(starts)) {
                    Api.Reply reply = f.get();
                    assertTrue(reply.status() == 201 || reply.status() == 200, reply::toString);
                    created += reply.status() == 201 ? 1 : 0;
                    ids.add(reply.json().get("id").asText());
                }
                assertEquals(1, ids.size(), "one process for one key");
                assertEquals(1, created, "exactly one start reported creating it");
                Api.Reply list = api.get("/processes?actor=" + actor.replace("#", "%23"));
                assertEquals(1, list.json().get("items").size());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
