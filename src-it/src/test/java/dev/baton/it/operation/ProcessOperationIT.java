package dev.baton.it.operation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.it.BatonDeployment;
import dev.baton.it.support.Api;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static dev.baton.it.support.Api.promise;
import static dev.baton.it.support.Api.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The operators' levers on one process: suspend, resume, cancel, restart (with corrected arguments), abandon. */
@ExtendWith(ArquillianExtension.class)
class ProcessOperationIT {

    private final Api api = Api.admin();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    /** A process whose decider planned two independent worker tasks and returns the second's value. */
    private String twoTasks(String decider, String worker) {
        String id = api.start(decider, "[]");
        assertEquals(204, api.decide(api.pollOne(decider), "{\"tasks\":[" + task("a", worker, "[1]") + ","
                + task("b", worker, "[2]") + "],\"result\":" + promise("b") + "}").status());
        return id;
    }

    @Test
    void aSuspendedProcessDispatchesNothingNewButItsLeasedTaskFinishesAndItContinuesWhenResumed() {
        String decider = Api.actor("pausable");
        String worker = Api.actor("pause-w");
        String id = twoTasks(decider, worker);
        JsonNode leased = api.pollOne(worker);

        Api.Reply suspended = api.operate(id, "suspend");
        assertEquals(200, suspended.status(), suspended::toString);
        assertEquals("SUSPENDED", suspended.json().get("state").asText());
        assertTrue(api.poll(worker, 10, 1).isEmpty(), "the queued task of a suspended process is not handed out");
        assertEquals(204, api.complete(leased, "1").status(), "a task leased before the suspension may finish");
        assertEquals(409, api.operate(id, "suspend").status(), "a suspended process cannot be suspended again");

        assertEquals("RUNNING", api.operate(id, "resume").json().get("state").asText());
        JsonNode other = api.pollOne(worker);
        assertEquals(204, api.complete(other, "2").status());
        assertEquals(2, api.awaitState(id, "COMPLETED").get("result").asInt());
        List<String> kinds = api.get("/processes/" + id + "/history").json().findValuesAsText("kind");
        assertTrue(kinds.contains("PROCESS_SUSPENDED") && kinds.contains("PROCESS_RESUMED"), kinds.toString());
    }

    @Test
    void aCancelledProcessEndsItsTasksAndRefusesLaterCompletions() {
        String decider = Api.actor("cancellable");
        String worker = Api.actor("cancel-w");
        String id = twoTasks(decider, worker);
        JsonNode leased = api.pollOne(worker);

        JsonNode cancelled = api.operate(id, "cancel").json();
        assertEquals("CANCELLED", cancelled.get("state").asText());
        assertEquals("cancelled", cancelled.get("error").get("type").asText());
        assertTrue(cancelled.get("error").get("message").asText().contains("by baton"), cancelled::toString);
        Api.Reply late = api.complete(leased, "1");
        assertEquals(409, late.status());
        assertEquals("task-not-active", late.problemType());
        assertTrue(api.poll(worker, 10, 1).isEmpty(), "the other task is gone from the queue");
        api.tasks(id).forEach(t -> assertTrue(List.of("COMPLETED", "CANCELLED").contains(t.get("state").asText()), t::toString));
        Api.Reply again = api.operate(id, "cancel");
        assertEquals(409, again.status());
        assertEquals("operation-not-applicable", again.problemType());
    }

    @Test
    void aFailedTaskRestartedWithCorrectedArgumentsLetsTheProcessCompleteAndTheHistorySaysWhoDidIt() {
        String decider = Api.actor("repairable");
        String worker = Api.actor("picky");
        String sibling = Api.actor("sibling");
        String id = api.start(decider, "[]");
        assertEquals(204, api.decide(api.pollOne(decider), "{\"tasks\":["
                + "{\"ref\":\"bad\",\"actor\":\"" + worker + "\",\"args\":[\"wrong\"],\"retry\":{\"maxAttempts\":1}},"
                + task("other", sibling, "[0]") + ","
                + task("join", sibling, "[" + promise("bad") + "," + promise("other") + "]") + "],"
                + "\"result\":" + promise("join") + "}").status());
        JsonNode bad = api.pollOne(worker);
        assertEquals(204, api.fail(bad, "validation", false).status());
        JsonNode failed = api.awaitState(id, "FAILED");
        assertEquals(bad.get("id").asText(), failed.get("causeTaskId").asText());
        assertTrue(api.poll(sibling, 10, 1).isEmpty(), "the process's other tasks were cancelled");

        Api.Reply restarted = api.post("/tasks/" + bad.get("id").asText() + "/restart",
                "{\"args\":[\"right\"],\"reason\":\"fixed the input\"}");
        assertEquals(200, restarted.status(), restarted::toString);
        assertEquals("RUNNING", restarted.json().get("state").asText());
        assertTrue(restarted.json().get("error").isNull());

        JsonNode again = api.pollOne(worker);
        assertEquals("right", again.get("args").get(0).asText());
        assertEquals(2, again.get("attempt").asInt());
        assertEquals(204, api.complete(again, "\"ok\"").status());
        JsonNode other = api.pollOne(sibling);
        assertEquals(0, other.get("args").get(0).asInt(), "the cancelled sibling came back");
        assertEquals(204, api.complete(other, "\"zero\"").status());
        JsonNode join = api.pollOne(sibling);
        assertEquals("[\"ok\",\"zero\"]", join.get("args").toString());
        assertEquals(204, api.complete(join, "\"joined\"").status());
        assertEquals("joined", api.awaitState(id, "COMPLETED").get("result").asText());

        JsonNode restartEntry = null;
        for (JsonNode entry : api.get("/processes/" + id + "/history").json()) {
            if ("TASK_RESTARTED".equals(entry.get("kind").asText())) {
                restartEntry = entry;
            }
        }
        assertTrue(restartEntry != null && restartEntry.get("detail").asText().contains("by baton: fixed the input")
                && restartEntry.get("detail").asText().contains("right"), String.valueOf(restartEntry));
        JsonNode audit = api.get("/audit?target=" + id).json().get("items");
        assertEquals("process.restart", audit.get(0).get("action").asText(), audit::toString);
        assertEquals("baton", audit.get(0).get("operator").asText());
    }

    @Test
    void aFailedSubProcessIsRestartedFromItsFailedTaskAndTheParentResultComesThrough() {
        String decider = Api.actor("parent");
        String child = Api.actor("child");
        String worker = Api.actor("deep");
        String id = api.start(decider, "[]");
        assertEquals(204, api.decide(api.pollOne(decider), "{\"tasks\":[{\"ref\":\"sub\",\"actor\":\"" + child
                + "\",\"type\":\"decider\",\"args\":[]}],\"result\":" + promise("sub") + "}").status());
        assertEquals(204, api.decide(api.pollOne(child), "{\"tasks\":[{\"ref\":\"w\",\"actor\":\"" + worker
                + "\",\"args\":[],\"retry\":{\"maxAttempts\":1}}],\"result\":" + promise("w") + "}").status());
        assertEquals(204, api.fail(api.pollOne(worker), "down", true).status());
        api.awaitState(id, "FAILED");

        assertEquals("RUNNING", api.operate(id, "restart").json().get("state").asText());
        assertEquals(204, api.complete(api.pollOne(worker), "\"deep value\"").status());
        assertEquals("deep value", api.awaitState(id, "COMPLETED").get("result").asText());
    }

    @Test
    void onlyTheTaskThatFailedTheProcessCanBeRestartedAndOnlyFailedProcessesAbandoned() {
        String decider = Api.actor("guarded");
        String worker = Api.actor("guarded-w");
        String id = twoTasks(decider, worker);
        JsonNode first = api.pollOne(worker);
        Api.Reply notFailed = api.post("/tasks/" + first.get("id").asText() + "/restart", "");
        assertEquals(409, notFailed.status(), notFailed::toString);
        assertEquals(409, api.operate(id, "abandon").status());
        assertEquals(204, api.fail(first, "boom", false).status());
        api.awaitState(id, "FAILED");

        String otherTask = api.tasks(id).get(2).get("id").asText();
        Api.Reply wrongTask = api.post("/tasks/" + otherTask + "/restart", "");
        assertEquals(409, wrongTask.status());
        assertTrue(wrongTask.json().get("detail").asText().contains(first.get("id").asText()), wrongTask::toString);
        Api.Reply promiseArgs = api.post("/tasks/" + first.get("id").asText() + "/restart",
                "{\"args\":[" + promise(otherTask) + "]}");
        assertEquals(400, promiseArgs.status());
        assertEquals("invalid-args", promiseArgs.problemType());

        JsonNode abandoned = api.operate(id, "abandon").json();
        assertEquals("CANCELLED", abandoned.get("state").asText());
        assertEquals("boom", abandoned.get("error").get("type").asText(), "the failure stays recorded");
    }

    @Test
    void operationsNeedTheAdminRoleAndAnUnknownProcessIsNotFound() {
        String decider = Api.actor("secure-op");
        String id = api.start(decider, "[]");
        assertEquals(403, Api.as("client", "client").operate(id, "cancel").status());
        assertEquals(403, Api.as("viewer", "viewer").operate(id, "suspend").status());
        Api.Reply unknown = api.operate("01800000-0000-7000-8000-000000000000", "suspend");
        assertEquals(404, unknown.status());
        assertEquals("unknown-process", unknown.problemType());
        assertEquals(404, api.operate("not-a-uuid", "resume").status());
    }
}
