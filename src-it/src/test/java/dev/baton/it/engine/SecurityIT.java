package dev.baton.it.engine;

import dev.baton.it.BatonDeployment;
import dev.baton.it.support.Api;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nothing is open; each role reaches only its part of the API. Test users come from the test server's realm. */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    @Test
    void requestsWithoutOrWithWrongCredentialsAreUnauthorized() {
        for (Api api : new Api[]{Api.anonymous(), Api.as("baton", "wrong")}) {
            Api.Reply reply = api.get("/processes");
            assertEquals(401, reply.status(), reply::toString);
            assertEquals("application/problem+json", reply.contentType());
            assertEquals("unauthorized", reply.problemType());
        }
    }

    @Test
    void aClientMayStartAndReadButNotPoll() {
        Api client = Api.as("client", "client");
        String actor = Api.actor("secured");
        Api.Reply started = client.post("/processes", "{\"actor\":\"" + actor + "\",\"args\":[]}");
        assertEquals(201, started.status(), started::toString);
        assertEquals(200, client.get("/processes/" + started.json().get("id").asText()).status());
        Api.Reply poll = client.post("/tasks/poll", "{\"actor\":\"" + actor + "\",\"workerId\":\"w\"}");
        assertEquals(403, poll.status(), poll::toString);
        assertEquals("application/problem+json", poll.contentType());
        assertEquals("forbidden", poll.problemType());
    }

    @Test
    void aWorkerMayPollButNotStart() {
        Api worker = Api.as("worker", "worker");
        String actor = Api.actor("secured");
        assertEquals(403, worker.post("/processes", "{\"actor\":\"" + actor + "\",\"args\":[]}").status());
        Api.admin().start(actor, "[]");
        assertEquals(1, worker.poll(actor, 1, 10).size());
    }

    @Test
    void theDevelopmentUserHoldsEveryRole() {
        Api admin = Api.admin();
        String actor = Api.actor("all");
        admin.start(actor, "[]");
        assertEquals(1, admin.poll(actor, 1, 10).size());
        Api.Reply actors = admin.get("/actors");
        assertEquals(200, actors.status());
        boolean listed = false;
        for (var a : actors.json()) {
            listed |= a.get("actor").asText().equals(actor) && a.get("inFlight").asInt() == 1 && a.get("lastPollAt").isTextual();
        }
        assertTrue(listed, "the actor shows its lease and last poll: " + actors.json());
    }
}
