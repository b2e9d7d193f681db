package dev.baton.domain.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;

/**
 * Work that one node at a time does for the whole cluster (retention), claimed through its row: a node holds
 * the claim until {@code claimedUntil} and renews it with every step, each step in a transaction that locks the
 * row first. A second node running the same work at the same moment therefore waits for the step, finds the
 * claim taken and stops; a node that dies loses the claim when it runs out. The row also keeps the outcome of
 * the last run for operators.
 */
@Entity
@Table(name = "baton_job")
public class JobClaim {

    @Id
    @Column(length = 64)
    private String name;

    @Column(length = 200)
    private String node;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_started_at")
    private Instant lastStartedAt;

    @Column(name = "last_finished_at")
    private Instant lastFinishedAt;

    @Column(name = "last_count", nullable = false)
    private long lastCount;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Version
    private long version;

    protected JobClaim() {
    }

    public JobClaim(String name) {
        this.name = name;
    }

    /** Whether {@code node} may run the job now: nobody holds the claim, it ran out, or {@code node} holds it. */
    public boolean claimableBy(String node, Instant now) {
        return this.node == null || claimedUntil == null || !claimedUntil.isAfter(now) || this.node.equals(node);
    }

    /** Starts a run on {@code node}; the caller checked {@link #claimableBy}. */
    public void start(String node, Instant now, Duration lease) {
        this.node = node;
        this.claimedUntil = now.plus(lease);
        this.lastStartedAt = now;
        this.lastCount = 0;
        this.lastError = null;
    }

    /** A step of the run is done; the claim is renewed. */
    public void progressed(long count, Instant now, Duration lease) {
        lastCount += count;
        claimedUntil = now.plus(lease);
    }

    public boolean heldBy(String node, Instant now) {
        return node.equals(this.node) && claimedUntil != null && claimedUntil.isAfter(now);
    }

    /** The run ended (with {@code error} when it failed); the claim is released. */
    public void finish(String error, Instant now) {
        lastFinishedAt = now;
        lastError = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
        claimedUntil = null;
    }

    public String name() {
        return name;
    }

    public String node() {
        return node;
    }

    public Instant claimedUntil() {
        return claimedUntil;
    }

    public Instant lastStartedAt() {
        return lastStartedAt;
    }

    public Instant lastFinishedAt() {
        return lastFinishedAt;
    }

    public long lastCount() {
        return lastCount;
    }

    public String lastError() {
        return lastError;
    }
}
