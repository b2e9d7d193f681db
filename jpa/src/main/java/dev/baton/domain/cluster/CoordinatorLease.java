package dev.baton.domain.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * The database half of the coordinator election. Hazelcast names a candidate (the oldest executor member),
 * but Hazelcast's membership is not consensus: after a pause or a partition two nodes can each believe
 * they are the oldest. The row decides: a node holds the role while it holds this lease, each new holder
 * gets the next epoch, and every transaction of elected work re-reads the row and must find its own epoch
 * still valid, so a coordinator that lost the lease commits nothing (fencing by epoch).
 */
@Entity
@Table(name = "baton_cluster_lease")
public class CoordinatorLease {

    public static final String COORDINATOR = "coordinator";

    @Id
    @Column(length = 64)
    private String name;

    @Column(length = 200)
    private String holder;

    @Column(nullable = false)
    private long epoch;

    @Column(name = "acquired_at")
    private Instant acquiredAt;

    @Column(name = "renewed_at")
    private Instant renewedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected CoordinatorLease() {
    }

    public CoordinatorLease(String name, Instant now) {
        this.name = name;
        this.epoch = 0;
        this.expiresAt = now;
    }

    /**
     * The node claims or renews the lease. It renews while it is the holder and the lease has not run out;
     * it takes the lease over (next epoch) when the lease ran out or was released. Returns the epoch the
     * node holds afterwards, or -1 when another node holds a valid lease.
     */
    public long claim(String node, Instant now, Duration ttl) {
        if (isValidAt(now) && !node.equals(holder)) {
            return -1;
        }
        if (!isValidAt(now) || holder == null) {
            epoch++;
            holder = node;
            acquiredAt = now;
        }
        renewedAt = now;
        expiresAt = now.plus(ttl);
        return epoch;
    }

    /** The holder gives the role up at once (shutdown, or it is no longer the candidate). */
    public boolean release(String node, long heldEpoch, Instant now) {
        if (!holds(node, heldEpoch, now)) {
            return false;
        }
        holder = null;
        expiresAt = now;
        return true;
    }

    /** True while the node holds the lease at this epoch and the lease has not run out. */
    public boolean holds(String node, long heldEpoch, Instant now) {
        return node.equals(holder) && epoch == heldEpoch && isValidAt(now);
    }

    private boolean isValidAt(Instant now) {
        return holder != null && expiresAt.isAfter(now);
    }

    public String name() {
        return name;
    }

    public String holder() {
        return holder;
    }

    public long epoch() {
        return epoch;
    }

    public Instant acquiredAt() {
        return acquiredAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
