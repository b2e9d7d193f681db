package dev.baton.domain.task;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * When a task may start and how long it may wait. {@code notBefore} and {@code delaySeconds} hold back the
 * first dispatch (the later of the two wins; the delay counts from the moment the task's promises are
 * resolved) and are cleared once applied, so a retry or a restart never waits for them again.
 * {@code waitDeadline} is the instant by which the current wait must end: a ready task must have been picked
 * up (schedule-to-start), an event task must have received its event.
 */
@Embeddable
public class TaskTiming {

    @Column(name = "not_before")
    private Instant notBefore;

    @Column(name = "delay_seconds")
    private Integer delaySeconds;

    @Column(name = "schedule_to_start_seconds")
    private Integer scheduleToStartSeconds;

    @Column(name = "wait_deadline")
    private Instant waitDeadline;

    protected TaskTiming() {
    }

    TaskTiming(Instant notBefore, Integer delaySeconds, Integer scheduleToStartSeconds) {
        this.notBefore = notBefore;
        this.delaySeconds = delaySeconds;
        this.scheduleToStartSeconds = scheduleToStartSeconds;
    }

    /** The first moment the task may be dispatched, its promises being resolved at {@code now}. */
    Instant dueAt(Instant now) {
        Instant due = delaySeconds == null ? now : now.plusSeconds(delaySeconds);
        return notBefore != null && notBefore.isAfter(due) ? notBefore : due;
    }

    /** The start time has been applied; later moves do not wait for it again. */
    void startTimeApplied() {
        notBefore = null;
        delaySeconds = null;
    }

    /** A wait for pick-up begins now: with a schedule-to-start bound it must end by the deadline. */
    void awaitPickUp(Instant now) {
        waitDeadline = scheduleToStartSeconds == null ? null : now.plusSeconds(scheduleToStartSeconds);
    }

    /** A wait for an event begins now; {@code timeoutSeconds} 0 means it may last forever. */
    void awaitEvent(Instant now, int timeoutSeconds) {
        waitDeadline = timeoutSeconds > 0 ? now.plusSeconds(timeoutSeconds) : null;
    }

    void endWait() {
        waitDeadline = null;
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Integer delaySeconds() {
        return delaySeconds;
    }

    public Integer scheduleToStartSeconds() {
        return scheduleToStartSeconds;
    }

    public Instant waitDeadline() {
        return waitDeadline;
    }
}
