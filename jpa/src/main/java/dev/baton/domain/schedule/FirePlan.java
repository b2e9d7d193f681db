package dev.baton.domain.schedule;

import java.time.Instant;

/**
 * What a schedule does when its due tick is handled: the tick to start a process for (null when none is
 * run), the ticks that were missed before it (none when {@code missedCount} is 0), and the next fire time.
 * {@code missedCount} is exact up to {@link Schedule#MISSED_COUNT_CAP}; at the cap it means "at least".
 */
public record FirePlan(Instant tick, Instant firstMissed, Instant lastMissed, int missedCount, Instant next) {

    public boolean runs() {
        return tick != null;
    }

    public boolean missedAny() {
        return missedCount > 0;
    }
}
