package dev.baton.engine.event;

import dev.baton.domain.event.ProcessEvent;

import java.time.Instant;

/**
 * What became of a delivered event: taken by an event task at once ({@code consumedBy} names it) or kept
 * in the process's mailbox. {@code duplicate} is true when the delivery key was seen before and this
 * delivery changed nothing.
 */
public record EventDelivery(String eventId, String processId, String name, Instant receivedAt, String consumedBy,
                            boolean duplicate) {

    static EventDelivery of(ProcessEvent event, boolean duplicate) {
        return new EventDelivery(event.id(), event.processId(), event.name(), event.receivedAt(), event.consumedBy(),
                duplicate);
    }
}
