package dev.baton.client.actor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.client.internal.actor.Outcome;
import dev.baton.client.internal.actor.TaskInvoker;
import dev.baton.client.internal.decision.PayloadCodec;
import dev.baton.client.internal.model.ActorModel;
import dev.baton.client.task.Decision;
import dev.baton.client.task.TaskDelivery;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Runs one task against an implementation without any server, and reads JSON literals. */
final class Deliveries {

    static final ObjectMapper JSON = new ObjectMapper();

    private Deliveries() {
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** Compares JSON by value: Jackson's node equality tells an int 500 from a long 500, the wire does not. */
    static void assertJson(JsonNode expected, JsonNode actual) {
        try {
            org.junit.jupiter.api.Assertions.assertEquals(expected, JSON.readTree(actual.toString()));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static Outcome run(Object implementation, String method, String argsJson) {
        ActorModel model = ActorModel.ofImplementation(implementation.getClass());
        TaskInvoker invoker = new TaskInvoker(model, implementation, new PayloadCodec(JSON));
        return invoker.execute(new TaskDelivery("task-1", "proc-1", model.actor(), model.kind(), method,
                json(argsJson), 1, "token-1", Instant.now().plusSeconds(30)));
    }

    static JsonNode decide(Object decider, String method, String argsJson) {
        Outcome outcome = run(decider, method, argsJson);
        if (outcome instanceof Outcome.Failed f) {
            throw new AssertionError("decider failed: " + f.error().details());
        }
        Decision decision = assertInstanceOf(Outcome.Decided.class, outcome).decision();
        return JSON.valueToTree(decision);
    }
}
