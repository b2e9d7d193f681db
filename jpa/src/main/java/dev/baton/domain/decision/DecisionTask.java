package dev.baton.domain.decision;

import dev.baton.domain.task.TaskType;
import jakarta.json.JsonArray;

import java.time.Instant;

/**
 * One task a decider asks for. {@code ref} names it inside the decision so other tasks can promise on it;
 * {@code retry} and {@code timeoutSeconds} fall back to the actor's and then the engine's defaults when null.
 * An event task has an {@code eventName} instead of an actor, and {@code timeoutSeconds} bounds its wait.
 * {@code delaySeconds} (counted from when its promises are resolved) and {@code startAt} hold back its first
 * dispatch; {@code scheduleToStartSeconds} bounds how long it may wait to be picked up once ready.
 */
public record DecisionTask(String ref, String actor, TaskType type, String method, String eventName, JsonArray args,
                           RetrySpec retry, Integer timeoutSeconds, boolean acceptFail, Integer delaySeconds,
                           Instant startAt, Integer scheduleToStartSeconds) {

    /** A worker or decider task without timing options. */
    public DecisionTask(String ref, String actor, TaskType type, String method, JsonArray args, RetrySpec retry,
                        Integer timeoutSeconds, boolean acceptFail) {
        this(ref, actor, type, method, null, args, retry, timeoutSeconds, acceptFail, null, null, null);
    }
}
