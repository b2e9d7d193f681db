package dev.baton.domain.schedule;

import java.util.Locale;

/** What became of one tick (or one manual trigger) of a schedule. */
public enum RunOutcome {
    /** A process was started. */
    STARTED,
    /** The business key the template gave was already taken: the existing process stands, nothing new started. */
    DUPLICATE_KEY,
    /** Skipped: {@code maxRunning} processes of the schedule were still unfinished. */
    SKIPPED_OVERLAP,
    /** The start failed; the message says why. */
    FAILED,
    /** The tick passed while no node fired schedules; with several, the row stands for all of them. */
    MISSED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A start that counts as a success for the consecutive-failure count. */
    public boolean isSuccess() {
        return this == STARTED || this == DUPLICATE_KEY;
    }
}
