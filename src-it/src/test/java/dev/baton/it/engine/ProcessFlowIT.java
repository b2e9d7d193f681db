package dev.baton.it.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.it.BatonDeployment;
import dev.baton.it.support.Api;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.baton.it.support.Api.promise;
import static dev.baton.it.support.Api.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
class ProcessFlowIT {

    private final Api api = Api.admin();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    @Test
    void aSequenceOfWorkersPassesEachResultToTheNextAndTheProcessReturnsTheLast() {
        String decider = Api.actor("seq");
        String worker = Api.actor("inc");
        String id = api.start(decider, "[5]");

        JsonNode decision = api.pollOne(decider);
        assertEquals("decider", decision.get("type").asText());
        assertEquals("[5]", decision.get("args").toString());
        assertEquals(id, decision.get("processId").asText());
        assertEquals(204, api.decide(decision, "{\"tasks\":["
                + task("a", worker, "[5]") + ","
                + task("b", worker, "[" + promise("a") + "]") + ","
                + task("c", worker, "[" + promise("b") + "]") + "],\"result\":" + promise("c") + "}").status());

        for (int expected = 5; expected < 8; expected++) {
            List<JsonNode> ready = api.poll(worker, 10, 20);
            assertEquals(1, ready.size(), "only the next task of a sequence is ever ready");
            assertEquals(expected, ready.get(0).get("args").get(0).asInt());
            assertEquals(204, api.complete(ready.get(0), String.valueOf(expected + 1)).status());
        }

        JsonNode done = api.awaitState(id, "COMPLETED");
        assertEquals(8, done.get("result").asInt());
        assertTrue(done.get("endedAt").isTextual());
        JsonNode tasks = api.tasks(id);
        assertEquals(4, tasks.size());
        tasks.forEach(t -> assertEquals("COMPLETED", t.get("state").asText()));
    }

    @Test
    void independentTasksRunConcurrentlyAndAJoinReceivesAllTheirValues() {
        String decider = Api.actor("fan");
        String worker = Api.actor("branch");
        String joiner = Api.actor("join");
        String id = api.start(decider, "[]");
        api.decide(api.pollOne(decider), "{\"tasks\":["
                + task("x", worker, "[1]") + "," + task("y", worker, "[2]") + "," + task("z", worker, "[3]") + ","
                + task("j", joiner, "[{\"$promises\":[\"x\",\"y\",\"z\"]}]")
                + "],\"result\":" + promise("j") + "}");

        List<JsonNode> branches = api.poll(worker, 10, 20);
        assertEquals(3, branches.size(), "all three independent branches are ready together");
        assertEquals(List.of(), api.poll(joiner, 1, 0), "the join waits for every branch");
        for (JsonNode branch : branches) {
            api.complete(branch, String.valueOf(branch.get("args").get(0).asInt() * 10));
        }
        JsonNode join = api.pollOne(joiner);
        assertEquals("[[10,20,30]]", join.get("args").toString());
        api.complete(join, "60");
        assertEquals(60, api.awaitState(id, "COMPLETED").get("result").asInt());
    }

    @Test
    void aDeciderTaskPlannedByADecisionRunsAsASubProcessStep() {
        String parent = Api.actor("parent");
        String child = Api.actor("child");
        String worker = Api.actor("leaf");
        String id = api.start(parent, "[\"order-1\"]");

        JsonNode first = api.pollOne(parent);
        api.decide(first, "{\"tasks\":[{\"ref\":\"sub\",\"actor\":\"" + child + "\",\"type\":\"decider\",\"method\":\"ship\","
                + "\"args\":[\"order-1\"]}],\"result\":" + promise("sub") + "}");

        JsonNode sub = api.pollOne(child);
        assertEquals("decider", sub.get("type").asText());
        assertEquals("ship", sub.get("method").asText());
        api.decide(sub, "{\"tasks\":[" + task("w", worker, "[]") + "],\"result\":{\"shipped\":" + promise("w") + "}}");

        JsonNode leaf = api.pollOne(worker);
        api.complete(leaf, "\"parcel-9\"");
        JsonNode done = api.awaitState(id, "COMPLETED");
        assertEquals("{\"shipped\":\"parcel-9\"}", done.get("result").toString());
    }

    @Test
    void aLaterDeciderStepCanPromiseOnTasksFromAnEarlierStepById() {
        String decider = Api.actor("steps");
        String worker = Api.actor("work");
        String id = api.start(decider, "[]");
        api.decide(api.pollOne(decider), "{\"tasks\":[" + task("w", worker, "[1]") + ","
                + "{\"ref\":\"next\",\"actor\":\"" + decider + "\",\"type\":\"decider\",\"method\":\"step2\",\"args\":[" + promise("w") + "]}"
                + "],\"result\":" + promise("next") + "}");
        JsonNode work = api.pollOne(worker);
        api.complete(work, "41");
        JsonNode step2 = api.pollOne(decider);
        assertEquals("[41]", step2.get("args").toString());
        String workId = work.get("id").asText();
        String worker2 = Api.actor("work2");
        api.decide(step2, "{\"tasks\":[" + task("again", worker2, "[" + promise(workId) + "]") + "],\"result\":" + promise("again") + "}");
        JsonNode again = api.pollOne(worker2);
        assertEquals("[41]", again.get("args").toString());
        api.complete(again, "42");
        assertEquals(42, api.awaitState(id, "COMPLETED").get("result").asInt());
    }

    @Test
    void aProcessWaitsForFireAndForgetTasksBeforeItCompletes() {
        String decider = Api.actor("fire");
        String worker = Api.actor("audit");
        String id = api.start(decider, "[]");
        api.decide(api.pollOne(decider), "{\"tasks\":[" + task("log", worker, "[]") + "],\"result\":\"done\"}");
        assertEquals("RUNNING", api.process(id).get("state").asText());
        api.complete(api.pollOne(worker), "null");
        assertEquals("done", api.awaitState(id, "COMPLETED").get("result").asText());
    }

    @Test
    void processesCanBeListedByStateAndActorPageByPage() {
        String decider = Api.actor("list");
        Set<String> started = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            started.add(api.start(decider, "[" + i + "]"));
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Reply page = api.get("/processes?state=RUNNING&actor=" + decider.replace("#", "%23") + "&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(200, page.status(), page::toString);
            page.json().get("items").forEach(p -> seen.add(p.get("id").asText()));
            cursor = page.json().get("next").isNull() ? null : page.json().get("next").asText();
            pages++;
        } while (cursor != null);
        assertEquals(started, seen);
        assertEquals(3, pages);
    }
}
