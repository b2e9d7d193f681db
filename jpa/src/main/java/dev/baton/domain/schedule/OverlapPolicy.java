package dev.baton.domain.schedule;

import dev.baton.domain.common.InvalidInputException;

import java.util.Locale;

/** What a tick does while processes started by earlier ticks are still running. */
public enum OverlapPolicy {
    /** Skip the tick while {@code maxRunning} processes of this schedule are unfinished (running or suspended). */
    SKIP,
    /** Start a process at every tick, however many are still running. */
    ALLOW;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Null reads as the default, {@link #SKIP}. */
    public static OverlapPolicy fromWire(String text) {
        if (text == null) {
            return SKIP;
        }
        for (OverlapPolicy policy : values()) {
            if (policy.wireName().equals(text)) {
                return policy;
            }
        }
        throw new InvalidInputException("invalid-field", "Field 'overlapPolicy' must be skip or allow.");
    }
}
