package dev.baton.domain.operation;

import dev.baton.domain.common.InvalidInputException;

import java.util.Locale;

/** What a bulk operation does to each process it selects. */
public enum BulkAction {
    SUSPEND,
    RESUME,
    CANCEL,
    /** Restart failed processes from the task whose failure failed them. */
    RESTART,
    /** Give up on failed processes: they become cancelled. */
    ABANDON;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BulkAction fromWire(String text) {
        for (BulkAction action : values()) {
            if (action.wireName().equals(text)) {
                return action;
            }
        }
        throw new InvalidInputException("invalid-bulk-action",
                "action must be one of suspend, resume, cancel, restart, abandon; not '" + text + "'.");
    }
}
