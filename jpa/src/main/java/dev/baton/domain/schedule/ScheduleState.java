package dev.baton.domain.schedule;

/** Whether a schedule fires. */
public enum ScheduleState {
    /** Fires at each tick of its cron expression. */
    ACTIVE,
    /** Paused by an operator; fires again when resumed, from the next tick after the resumption. */
    PAUSED,
    /** Paused by the engine after too many consecutive start failures; the reason is kept until resumed. */
    AUTO_PAUSED
}
