package dev.baton.domain.actor;

import dev.baton.domain.decision.RetrySpec;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * What operators set for one actor: whether it is blocked (polls get nothing, its tasks stay queued), and
 * the defaults its new tasks get when a decision leaves them out: retry policy, lease timeout and
 * schedule-to-start timeout. A decision's own values win over these, these over the engine's defaults.
 * An actor with a row is known; {@code registeredAt} says since when it was registered or first polled.
 */
@Entity
@Table(name = "baton_actor")
public class ActorSettings {

    @Id
    @Column(length = 200)
    private String name;

    @Column(nullable = false)
    private boolean blocked;

    @Column(name = "blocked_at")
    private Instant blockedAt;

    @Column(name = "blocked_by", length = 200)
    private String blockedBy;

    @Column(name = "retry_max_attempts")
    private Integer retryMaxAttempts;

    @Column(name = "retry_initial_interval_ms")
    private Long retryInitialIntervalMs;

    @Column(name = "retry_backoff_coefficient")
    private Double retryBackoffCoefficient;

    @Column(name = "retry_max_interval_ms")
    private Long retryMaxIntervalMs;

    @Column(name = "timeout_seconds")
    private Integer timeoutSeconds;

    @Column(name = "schedule_to_start_seconds")
    private Integer scheduleToStartSeconds;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 200)
    private String updatedBy;

    @Version
    private long version;

    protected ActorSettings() {
    }

    public ActorSettings(String name, Instant now) {
        this.name = name;
        this.updatedAt = now;
    }

    public void block(String operator, Instant now) {
        if (!blocked) {
            blocked = true;
            blockedAt = now;
            blockedBy = operator;
        }
        touched(operator, now);
    }

    public void unblock(String operator, Instant now) {
        blocked = false;
        blockedAt = null;
        blockedBy = null;
        touched(operator, now);
    }

    /** Replaces the defaults; a null leaves that default to the engine. */
    public void defaults(RetrySpec retry, Integer timeoutSeconds, Integer scheduleToStartSeconds, String operator,
                         Instant now) {
        this.retryMaxAttempts = retry == null ? null : retry.maxAttempts();
        this.retryInitialIntervalMs = retry == null ? null : retry.initialIntervalMs();
        this.retryBackoffCoefficient = retry == null ? null : retry.backoffCoefficient();
        this.retryMaxIntervalMs = retry == null ? null : retry.maxIntervalMs();
        this.timeoutSeconds = timeoutSeconds;
        this.scheduleToStartSeconds = scheduleToStartSeconds;
        touched(operator, now);
    }

    /** The actor is known from now on (registered, or seen polling); the first registration's time is kept. */
    public void register(String by, Instant now) {
        if (registeredAt == null) {
            registeredAt = now;
            touched(by, now);
        }
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    private void touched(String operator, Instant now) {
        updatedBy = operator;
        updatedAt = now;
    }

    public String name() {
        return name;
    }

    public boolean blocked() {
        return blocked;
    }

    public Instant blockedAt() {
        return blockedAt;
    }

    public String blockedBy() {
        return blockedBy;
    }

    /** The actor's retry defaults; every field may be null (then the engine's default applies). */
    public RetrySpec retry() {
        return new RetrySpec(retryMaxAttempts, retryInitialIntervalMs, retryBackoffCoefficient, retryMaxIntervalMs);
    }

    public Integer timeoutSeconds() {
        return timeoutSeconds;
    }

    public Integer scheduleToStartSeconds() {
        return scheduleToStartSeconds;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
