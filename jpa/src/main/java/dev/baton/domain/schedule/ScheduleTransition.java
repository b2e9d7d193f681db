package dev.baton.domain.schedule;

import static dev.baton.domain.schedule.ScheduleState.ACTIVE;
import static dev.baton.domain.schedule.ScheduleState.AUTO_PAUSED;
import static dev.baton.domain.schedule.ScheduleState.PAUSED;

/**
 * Every move a schedule may make; {@link Schedule} refuses any other. Creating a schedule makes it active or
 * paused; deleting one removes it (and its runs) whatever its state.
 */
public enum ScheduleTransition {
    /** An operator pauses it (or updates it with {@code enabled: false}). */
    PAUSE(ACTIVE, PAUSED),
    /** An operator resumes it; it fires from the next tick after now. */
    RESUME(PAUSED, ACTIVE),
    /** Its start failed too many times in a row. */
    AUTO_PAUSE(ACTIVE, AUTO_PAUSED),
    /** An operator resumes it after fixing the cause; the failure count starts again at zero. */
    RESUME_AFTER_FAILURES(AUTO_PAUSED, ACTIVE);

    private final ScheduleState from;
    private final ScheduleState to;

    ScheduleTransition(ScheduleState from, ScheduleState to) {
        this.from = from;
        this.to = to;
    }

    public ScheduleState from() {
        return from;
    }

    public ScheduleState to() {
        return to;
    }
}
