/**
 * The task protocol's data: what a poll delivers ({@link dev.baton.client.task.TaskDelivery}) and what a decider
 * answers ({@link dev.baton.client.task.Decision} of {@link dev.baton.client.task.DecisionTask}s wired by
 * promises). The annotation model builds these for you; they are public for low-level actors such as the
 * benchmark and for tests that want to see the exact wire shape.
 */
package dev.baton.client.task;
