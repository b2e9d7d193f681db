package dev.baton.domain.schedule;

import dev.baton.domain.common.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * What one tick of a schedule (or one manual trigger) came to: the process it started, or why it started none.
 * Unique per (schedule, tick, manual), so a tick can never be recorded, and thus never started, twice. Only the
 * newest runs of each schedule are kept ({@code baton.schedule.runs-kept}).
 */
@Entity
@Table(name = "baton_schedule_run")
public class ScheduleRun {

    static final int MESSAGE_LIMIT = 2000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "schedule_name", nullable = false, length = 200)
    private String scheduleName;

    @Column(name = "tick_at", nullable = false)
    private Instant tickAt;

    /** Triggered by an operator rather than by the cron expression. */
    @Column(nullable = false)
    private boolean manual;

    @Column(name = "fired_at", nullable = false)
    private Instant firedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private RunOutcome outcome;

    @Column(name = "process_id", length = 36)
    private String processId;

    @Column(length = MESSAGE_LIMIT)
    private String message;

    protected ScheduleRun() {
    }

    public ScheduleRun(String scheduleName, Instant tickAt, boolean manual, Instant firedAt, RunOutcome outcome,
                       String processId, String message) {
        this.id = Ids.newId(firedAt);
        this.scheduleName = scheduleName;
        this.tickAt = tickAt;
        this.manual = manual;
        this.firedAt = firedAt;
        this.outcome = outcome;
        this.processId = processId;
        this.message = message == null || message.length() <= MESSAGE_LIMIT ? message
                : message.substring(0, MESSAGE_LIMIT - 3) + "...";
    }

    public String id() {
        return id;
    }

    public String scheduleName() {
        return scheduleName;
    }

    public Instant tickAt() {
        return tickAt;
    }

    public boolean manual() {
        return manual;
    }

    public Instant firedAt() {
        return firedAt;
    }

    public RunOutcome outcome() {
        return outcome;
    }

    public String processId() {
        return processId;
    }

    public String message() {
        return message;
    }
}
