package dev.baton.domain.schedule;

import dev.baton.domain.common.InvalidInputException;

import java.util.Locale;

/**
 * What a schedule does about ticks that passed while no node could fire them (downtime, a clock jump). A tick
 * counts as missed when it is more than the misfire threshold late ({@code baton.schedule.misfire-threshold-seconds}).
 */
public enum CatchUpPolicy {
    /** Missed ticks are recorded as missed and nothing is started for them; the schedule goes on from now. */
    SKIP,
    /** One process is started for the most recent missed tick; the older ones are recorded as missed. */
    RUN_ONCE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Null reads as the default, {@link #SKIP}. */
    public static CatchUpPolicy fromWire(String text) {
        if (text == null) {
            return SKIP;
        }
        for (CatchUpPolicy policy : values()) {
            if (policy.wireName().equals(text)) {
                return policy;
            }
        }
        throw new InvalidInputException("invalid-field", "Field 'catchUp' must be skip or run-once.");
    }
}
