package dev.baton.engine.process;

import dev.baton.domain.common.JsonText;
import dev.baton.domain.event.ProcessEvent;
import jakarta.json.JsonValue;

import java.time.Instant;

/** An event delivered to a process: consumed by an event task, or still waiting in the mailbox. */
public record EventView(String id, String name, String deliveryKey, JsonValue payload, Instant receivedAt,
                        String consumedBy, Instant consumedAt) {

    static EventView of(ProcessEvent e) {
        return new EventView(e.id(), e.name(), e.deliveryKey(), JsonText.parse(e.payload()), e.receivedAt(),
                e.consumedBy(), e.consumedAt());
    }
}
