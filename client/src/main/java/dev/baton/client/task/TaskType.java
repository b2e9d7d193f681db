package dev.baton.client.task;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Which kind of actor a task is for; lower case on the wire. */
public enum TaskType {
    WORKER, DECIDER;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static TaskType fromWire(String value) {
        return value == null ? null : valueOf(value.toUpperCase(Locale.ROOT));
    }
}
