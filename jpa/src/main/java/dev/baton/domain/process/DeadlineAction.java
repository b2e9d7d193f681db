package dev.baton.domain.process;

import dev.baton.domain.common.InvalidInputException;

import java.util.Locale;

/** What happens to a process still unfinished at its deadline. */
public enum DeadlineAction {
    /** It fails with the error type {@code deadline-exceeded}; an operator can restart it. */
    FAIL,
    /** It is cancelled. */
    CANCEL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeadlineAction fromWire(String text) {
        if (text == null) {
            return FAIL;
        }
        for (DeadlineAction action : values()) {
            if (action.wireName().equals(text)) {
                return action;
            }
        }
        throw new InvalidInputException("invalid-field", "onDeadline must be \"fail\" or \"cancel\", not '" + text + "'.");
    }
}
