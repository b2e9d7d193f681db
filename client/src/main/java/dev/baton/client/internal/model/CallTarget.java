package dev.baton.client.internal.model;

import dev.baton.client.actor.CallOptions;
import dev.baton.client.task.TaskType;

/**
 * Where a client method's calls go, as recorded in a {@link dev.baton.client.task.DecisionTask}.
 *
 * @param method     wire method name, {@code null} for the actor's default method
 * @param options    options from annotations, before programmatic overrides
 * @param acceptFail whether the receiving method takes failed promises
 */
public record CallTarget(String actor, TaskType type, String method, CallOptions options, boolean acceptFail) {
}
