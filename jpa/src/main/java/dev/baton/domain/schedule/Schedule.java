package dev.baton.domain.schedule;

import dev.baton.domain.common.ConflictException;
import dev.baton.domain.common.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A cron schedule that starts processes. Its row carries the next fire time, and that column is the guard that
 * makes each tick start at most one process cluster-wide: the firing transaction locks the row, checks that the
 * next fire time is still the tick it came for, and moves it on in the same commit (a run row unique per
 * schedule and tick backs this up). States and moves are {@link ScheduleState} and {@link ScheduleTransition};
 * while paused it keeps no next fire time, and resuming plans from the moment of resumption.
 */
@Entity
@DynamicUpdate
@Table(name = "baton_schedule")
public class Schedule {

    /** Missed ticks are counted one by one up to this many; past it the count reads "at least". */
    public static final int MISSED_COUNT_CAP = 10_000;

    @Id
    @Column(length = 200)
    private String name;

    @Column(length = 1000)
    private String description;

    @Column(nullable = false, length = 200)
    private String cron;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(nullable = false, length = 200)
    private String actor;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(nullable = false)
    private String args;

    @Column(name = "business_key_template", length = 200)
    private String businessKeyTemplate;

    @Enumerated(EnumType.STRING)
    @Column(name = "overlap_policy", nullable = false, length = 16)
    private OverlapPolicy overlapPolicy;

    @Column(name = "max_running", nullable = false)
    private int maxRunning;

    @Enumerated(EnumType.STRING)
    @Column(name = "catch_up", nullable = false, length = 16)
    private CatchUpPolicy catchUp;

    /** Consecutive start failures that pause the schedule; 0 = never. */
    @Column(name = "max_failures", nullable = false)
    private int maxFailures;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ScheduleState state;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "paused_by", length = 200)
    private String pausedBy;

    @Column(name = "paused_reason", length = 2000)
    private String pausedReason;

    @Column(name = "next_fire_at")
    private Instant nextFireAt;

    @Column(name = "last_tick_at")
    private Instant lastTickAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    @Version
    private long version;

    @Transient
    private ScheduleTransition lastTransition;

    protected Schedule() {
    }

    public Schedule(String name, ScheduleDefinition definition, boolean enabled, String operator, Instant now) {
        this.name = name;
        this.state = enabled ? ScheduleState.ACTIVE : ScheduleState.PAUSED;
        this.createdAt = now;
        this.createdBy = operator;
        if (!enabled) {
            pausedAt = now;
            pausedBy = operator;
        }
        define(definition, operator, now);
    }

    /** Replaces the definition; an active schedule plans its next tick from now with the new expression. */
    public void redefine(ScheduleDefinition definition, String operator, Instant now) {
        define(definition, operator, now);
    }

    private void define(ScheduleDefinition d, String operator, Instant now) {
        CronExpression expression = d.cronExpression();
        Optional<Instant> next = expression.next(planFrom(now), d.zone());
        if (next.isEmpty()) {
            throw new InvalidInputException("invalid-cron",
                    "The cron expression '" + d.cron() + "' matches no date in the next ten years.");
        }
        description = d.description();
        cron = d.cron();
        timeZone = d.timeZone();
        actor = d.actor();
        args = d.argsJson();
        businessKeyTemplate = d.businessKeyTemplate();
        overlapPolicy = d.overlapPolicy();
        maxRunning = d.maxRunning();
        catchUp = d.catchUp();
        maxFailures = d.maxFailures();
        nextFireAt = state == ScheduleState.ACTIVE ? next.get() : null;
        touched(operator, now);
    }

    public void pause(String operator, String reason, Instant now) {
        refuseUnless(ScheduleTransition.PAUSE, "it is " + state.name().toLowerCase());
        move(ScheduleTransition.PAUSE);
        pausedAt = now;
        pausedBy = operator;
        pausedReason = reason;
        nextFireAt = null;
        touched(operator, now);
    }

    /** Fires again from the first tick after now; ticks that passed while paused are not caught up. */
    public void resume(String operator, Instant now) {
        if (state == ScheduleState.AUTO_PAUSED) {
            move(ScheduleTransition.RESUME_AFTER_FAILURES);
        } else {
            refuseUnless(ScheduleTransition.RESUME, "it is already active");
            move(ScheduleTransition.RESUME);
        }
        consecutiveFailures = 0;
        pausedAt = null;
        pausedBy = null;
        pausedReason = null;
        nextFireAt = cronExpression().next(planFrom(now), zone()).orElse(null);
        touched(operator, now);
    }

    /**
     * Ticks are planned from now, but never from before the last tick handled: with clocks that differ a little
     * between nodes, a node behind the one that fired a tick must not plan that tick again.
     */
    private Instant planFrom(Instant now) {
        return lastTickAt != null && lastTickAt.isAfter(now) ? lastTickAt : now;
    }

    /** The tick that is due at {@code now}, if the schedule is active and its next fire time has come. */
    public Optional<Instant> dueTick(Instant now) {
        return state == ScheduleState.ACTIVE && nextFireAt != null && !nextFireAt.isAfter(now)
                ? Optional.of(nextFireAt) : Optional.empty();
    }

    /**
     * Plans the handling of the due tick at {@code now}: the most recent tick that has passed is the one to run
     * (unless it is itself more than {@code misfireThreshold} late and the catch-up policy skips), every earlier
     * one since the due tick was missed, and the schedule goes on from the tick after the most recent one.
     */
    public FirePlan plan(Instant now, Duration misfireThreshold) {
        Instant due = dueTick(now).orElseThrow(() -> new IllegalStateException("Schedule " + name + " is not due"));
        CronExpression expression = cronExpression();
        ZoneId zone = zone();
        Instant latest = expression.latest(due, now, zone).orElse(due);
        int missed = 0;
        Instant lastMissed = null;
        for (Instant t = due; t.isBefore(latest) && missed < MISSED_COUNT_CAP; t = expression.next(t, zone).orElse(latest)) {
            missed++;
            lastMissed = t;
        }
        Instant next = expression.next(latest, zone).orElse(null);
        boolean late = Duration.between(latest, now).compareTo(misfireThreshold) > 0;
        if (late && catchUp == CatchUpPolicy.SKIP) {
            return new FirePlan(null, due, latest, Math.min(missed + 1, MISSED_COUNT_CAP), next);
        }
        return new FirePlan(latest, missed == 0 ? null : due, lastMissed, missed, next);
    }

    /**
     * The due tick has been handled as planned: the schedule moves on to the plan's next fire time, and the
     * outcome of the run tick (if one ran) counts toward the consecutive failures. Returns true when this
     * failure paused the schedule.
     */
    public boolean handled(FirePlan plan, RunOutcome outcome, String failure, Instant now) {
        lastTickAt = plan.tick() != null ? plan.tick() : plan.lastMissed();
        nextFireAt = plan.next();
        if (outcome == null || outcome == RunOutcome.SKIPPED_OVERLAP || outcome == RunOutcome.MISSED) {
            return false;
        }
        if (outcome.isSuccess()) {
            consecutiveFailures = 0;
            return false;
        }
        consecutiveFailures++;
        if (maxFailures > 0 && consecutiveFailures >= maxFailures) {
            move(ScheduleTransition.AUTO_PAUSE);
            pausedAt = now;
            pausedBy = "system";
            pausedReason = "Paused after " + consecutiveFailures + " consecutive start failures; last: " + failure;
            if (pausedReason.length() > 2000) {
                pausedReason = pausedReason.substring(0, 2000);
            }
            nextFireAt = null;
            return true;
        }
        return false;
    }

    public boolean isEnabled() {
        return state == ScheduleState.ACTIVE;
    }

    public boolean skipsOverlap() {
        return overlapPolicy == OverlapPolicy.SKIP;
    }

    public CronExpression cronExpression() {
        return CronExpression.parse(cron);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The business key for a process started at {@code tick}, or null without a template. */
    public String businessKeyFor(Instant tick) {
        return businessKeyTemplate == null ? null
                : BusinessKeyTemplate.parse(businessKeyTemplate, name).expand(name, tick, zone());
    }

    public ScheduleDefinition definition() {
        return new ScheduleDefinition(description, cron, timeZone, actor, args, businessKeyTemplate, overlapPolicy,
                maxRunning, catchUp, maxFailures);
    }

    private void refuseUnless(ScheduleTransition transition, String why) {
        if (state != transition.from()) {
            throw new ConflictException("operation-not-applicable", "Schedule " + name + " cannot be "
                    + (transition == ScheduleTransition.PAUSE ? "paused" : "resumed") + ": " + why + ".");
        }
    }

    private void move(ScheduleTransition transition) {
        if (state != transition.from()) {
            throw new IllegalStateException("Schedule " + name + " cannot make move " + transition + " from " + state);
        }
        state = transition.to();
        lastTransition = transition;
    }

    private void touched(String operator, Instant now) {
        updatedAt = now;
        updatedBy = operator;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String cron() {
        return cron;
    }

    public String timeZone() {
        return timeZone;
    }

    public String actor() {
        return actor;
    }

    public String args() {
        return args;
    }

    public String businessKeyTemplate() {
        return businessKeyTemplate;
    }

    public OverlapPolicy overlapPolicy() {
        return overlapPolicy;
    }

    public int maxRunning() {
        return maxRunning;
    }

    public CatchUpPolicy catchUp() {
        return catchUp;
    }

    public int maxFailures() {
        return maxFailures;
    }

    public ScheduleState state() {
        return state;
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    public Instant pausedAt() {
        return pausedAt;
    }

    public String pausedBy() {
        return pausedBy;
    }

    public String pausedReason() {
        return pausedReason;
    }

    public Instant nextFireAt() {
        return nextFireAt;
    }

    public Instant lastTickAt() {
        return lastTickAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public ScheduleTransition lastTransition() {
        return lastTransition;
    }
}
