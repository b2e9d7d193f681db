package dev.baton.web.process;

import dev.baton.engine.event.EventDelivery;
import dev.baton.engine.process.EventView;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

import static dev.baton.web.json.JsonOut.json;
import static dev.baton.web.json.JsonOut.object;
import static dev.baton.web.json.JsonOut.text;
import static dev.baton.web.json.JsonOut.time;

/** Events on the wire: a delivery's answer, and the events of a process. */
public final class EventDto {

    private EventDto() {
    }

    /**
     * 200 with the delivery; {@code status} says whether an event task took it ({@code consumed}), it waits
     * in the mailbox ({@code queued}), or the delivery key was seen before ({@code duplicate}).
     */
    public static Response answer(EventDelivery d) {
        String status = d.duplicate() ? "duplicate" : d.consumedBy() != null ? "consumed" : "queued";
        return Response.ok(object()
                .add("eventId", d.eventId())
                .add("processId", d.processId())
                .add("name", d.name())
                .add("status", status)
                .add("consumedBy", text(d.consumedBy()))
                .add("receivedAt", time(d.receivedAt()))
                .build()).build();
    }

    static JsonObject of(EventView e) {
        return object()
                .add("id", e.id())
                .add("name", e.name())
                .add("deliveryKey", e.deliveryKey())
                .add("payload", json(e.payload()))
                .add("receivedAt", time(e.receivedAt()))
                .add("consumedBy", text(e.consumedBy()))
                .add("consumedAt", time(e.consumedAt()))
                .build();
    }
}
