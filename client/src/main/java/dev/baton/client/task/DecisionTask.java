package dev.baton.client.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A task a decider asks for. Arguments may contain promises: {@code {"$promise": "<ref or task id>"}} anywhere,
 * or {@code {"$promises": [...]}} for a list; the server delivers the task once they are all resolved.
 *
 * @param ref                    name of this task inside the decision, for promises of other tasks in the same decision
 * @param actor                  {@code name#version}; {@code null} for an event task
 * @param type                   {@code null} means worker
 * @param method                 see {@link TaskDelivery#method()}
 * @param name                   the event an event task awaits; {@code null} for other tasks
 * @param timeoutSeconds         lease timeout of each attempt, or for an event task the longest wait for the
 *                               event; {@code null} for the server default
 * @param acceptFail             deliver failed promises as {@code {"$error": ...}} instead of failing the process
 * @param delaySeconds           hold the first dispatch back this long after the promises are resolved
 * @param startAt                ISO-8601 instant before which the task is not dispatched
 * @param scheduleToStartSeconds once ready, the task must be picked up within this long
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionTask(
        String ref,
        String actor,
        TaskType type,
        String method,
        String name,
        List<JsonNode> args,
        RetryPolicy retry,
        Integer timeoutSeconds,
        Boolean acceptFail,
        Integer delaySeconds,
        String startAt,
        Integer scheduleToStartSeconds) {

    public DecisionTask {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A worker or decider task without timing options. */
    public DecisionTask(String ref, String actor, TaskType type, String method, List<JsonNode> args, RetryPolicy retry,
                        Integer timeoutSeconds, Boolean acceptFail) {
        this(ref, actor, type, method, null, args, retry, timeoutSeconds, acceptFail, null, null, null);
    }

    /** A worker task with default options: what a hand-written decider usually needs. */
    public static DecisionTask worker(String ref, String actor, List<JsonNode> args) {
        return new DecisionTask(ref, actor, null, null, args, null, null, null);
    }

    /**
     * A task that waits for the event {@code name} to be delivered to the process; its value is the event's
     * payload. {@code timeoutSeconds} {@code null} waits forever.
     */
    public static DecisionTask event(String ref, String name, Integer timeoutSeconds) {
        return new DecisionTask(ref, null, TaskType.EVENT, null, name, List.of(), null, timeoutSeconds, null, null,
                null, null);
    }
}
