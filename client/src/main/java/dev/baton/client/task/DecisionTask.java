package dev.baton.client.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A task a decider asks for. Arguments may contain promises: {@code {"$promise": "<ref or task id>"}} anywhere,
 * or {@code {"$promises": [...]}} for a list; the server delivers the task once they are all resolved.
 *
 * @param ref            name of this task inside the decision, for promises of other tasks in the same decision
 * @param actor          {@code name#version}
 * @param type           {@code null} means worker
 * @param method         see {@link TaskDelivery#method()}
 * @param timeoutSeconds lease timeout of each attempt, {@code null} for the server default
 * @param acceptFail     deliver failed promises as {@code {"$error": ...}} instead of failing the process
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionTask(
        String ref,
        String actor,
        TaskType type,
        String method,
        List<JsonNode> args,
        RetryPolicy retry,
        Integer timeoutSeconds,
        Boolean acceptFail) {

    public DecisionTask {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A worker task with default options: what a hand-written decider usually needs. */
    public static DecisionTask worker(String ref, String actor, List<JsonNode> args) {
        return new DecisionTask(ref, actor, null, null, args, null, null, null);
    }
}
