package dev.baton.domain.decision;

import jakarta.json.JsonValue;

import java.util.List;

/** A decider's answer: new tasks, and its own result, which may be a value or hold promises. */
public record Decision(List<DecisionTask> tasks, JsonValue result) {

    public Decision {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        result = result == null ? JsonValue.NULL : result;
    }
}
