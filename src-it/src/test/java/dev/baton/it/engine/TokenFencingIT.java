package dev.baton.it.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.it.BatonDeployment;
import dev.baton.it.support.Api;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.baton.it.support.Api.promise;
import static dev.baton.it.support.Api.task;
import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(ArquillianExtension.class)
class TokenFencingIT {

    private final Api api = Api.admin();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    private JsonNode leasedWorkerTask(String worker) {
        String decider = Api.actor("fence");
        api.start(decider, "[]");
        api.decide(api.pollOne(decider), "{\"tasks\":[" + task("w", worker, "[]") + "],\"result\":" + promise("w") + "}");
        return api.pollOne(worker);
    }

    @Test
    void aSecondCompletionOfTheSameTaskIsRejectedWithConflict() {
        String worker = Api.actor("dup");
        JsonNode task = leasedWorkerTask(worker);
        assertEquals(204, api.complete(task, "1").status());
        Api.Reply again = api.complete(task, "2");
        assertEquals(409, again.status());
        assertEquals("application/problem+json", again.contentType());
        assertEquals("task-not-active", again.problemType());
        assertEquals(1, api.tasks(task.get("processId").asText()).get(1).get("result").asInt(), "the first result stands");
    }

    @Test
    void aTokenThatWasNeverIssuedIsRejected() {
        JsonNode task = leasedWorkerTask(Api.actor("forged"));
        Api.Reply forged = api.post("/tasks/" + task.get("id").asText() + "/complete", "{\"token\":\"1.forged\",\"result\":1}");
        assertEquals(409, forged.status());
        assertEquals("stale-token", forged.problemType());
        Api.Reply garbage = api.post("/tasks/" + task.get("id").asText() + "/fail",
                "{\"token\":\"garbage\",\"error\":{\"type\":\"x\"}}");
        assertEquals(409, garbage.status());
        assertEquals(204, api.complete(task, "1").status(), "the real token still works");
    }

    @Test
    void aHeartbeatWithAStaleTokenIsRejected() {
        JsonNode task = leasedWorkerTask(Api.actor("beat"));
        api.complete(task, "1");
        Api.Reply beat = api.post("/tasks/" + task.get("id").asText() + "/heartbeat",
                "{\"token\":\"" + task.get("token").asText() + "\"}");
        assertEquals(409, beat.status());
    }

    @Test
    void whenTwoWorkersCompleteTheSameDeliveryAtOnceExactlyOneIsAccepted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                JsonNode task = leasedWorkerTask(Api.actor("race"));
                List<Callable<Integer>> racers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    int value = i;
                    racers.add(() -> api.complete(task, String.valueOf(value)).status());
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : pool.invokeAll(racers)) {
                    statuses.add(f.get());
                }
                assertEquals(1, statuses.stream().filter(s -> s == 204).count(), "statuses " + statuses);
                assertEquals(7, statuses.stream().filter(s -> s == 409).count(), "statuses " + statuses);
                api.awaitState(task.get("processId").asText(), "COMPLETED");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnknownTaskIsNotFound() {
        Api.Reply reply = api.post("/tasks/0190f7a4-0000-7000-8000-000000000000/complete", "{\"token\":\"1.x\",\"result\":1}");
        assertEquals(404, reply.status());
        assertEquals("unknown-task", reply.problemType());
    }
}
