package dev.baton.domain.task;

import dev.baton.domain.common.InvalidInputException;

import java.util.Locale;

/** A worker does work; a decider returns a decision. Both are polled the same way. */
public enum TaskType {
    WORKER,
    DECIDER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TaskType fromWire(String text) {
        if (text == null) {
            return WORKER;
        }
        for (TaskType type : values()) {
            if (type.wireName().equals(text)) {
                return type;
            }
        }
        throw new InvalidInputException("invalid-task-type", "Task type '" + text + "' is not one of worker, decider.");
    }
}
