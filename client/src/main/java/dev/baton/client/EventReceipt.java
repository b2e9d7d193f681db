package dev.baton.client;

/**
 * What the server did with a delivered event: {@code status} is {@code consumed} (an event task took it,
 * {@code consumedBy} is that task), {@code queued} (it waits in the process's mailbox) or {@code duplicate}
 * (the delivery key was seen before; nothing changed).
 */
public record EventReceipt(String eventId, String processId, String name, String status, String consumedBy) {
}
