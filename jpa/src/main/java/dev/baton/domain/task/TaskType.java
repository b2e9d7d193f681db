package dev.baton.domain.task;

import dev.baton.domain.common.InvalidInputException;

import java.util.Locale;

/**
 * A worker does work; a decider returns a decision; both are polled the same way. An event task is never
 * polled: it waits until the outside world delivers the named event to its process, and the event's payload
 * becomes its value.
 */
public enum TaskType {
    WORKER,
    DECIDER,
    EVENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether tasks of this type are handed to actors through the ready queues. */
    public boolean isDispatched() {
        return this != EVENT;
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
        throw new InvalidInputException("invalid-task-type",
                "Task type '" + text + "' is not one of worker, decider, event.");
    }
}
