package dev.baton.console.view;

/** An event delivered to the process: consumed by a task, or waiting in the mailbox. */
public record EventRow(String name, String deliveryKey, String received, String consumedBy, String payload) {
}
