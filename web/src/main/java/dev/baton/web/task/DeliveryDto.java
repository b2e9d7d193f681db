package dev.baton.web.task;

import dev.baton.engine.dispatch.TaskDelivery;
import jakarta.json.JsonObject;

import static dev.baton.web.json.JsonOut.json;
import static dev.baton.web.json.JsonOut.object;
import static dev.baton.web.json.JsonOut.text;
import static dev.baton.web.json.JsonOut.time;

/** A polled task on the wire. */
final class DeliveryDto {

    private DeliveryDto() {
    }

    static JsonObject of(TaskDelivery d) {
        return object()
                .add("id", d.id())
                .add("processId", d.processId())
                .add("actor", d.actor())
                .add("type", d.type())
                .add("method", text(d.method()))
                .add("args", json(d.args()))
                .add("attempt", d.attempt())
                .add("token", d.token())
                .add("leaseExpiresAt", time(d.leaseExpiresAt()))
                .build();
    }
}
