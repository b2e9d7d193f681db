package dev.baton.engine.cluster;

import dev.baton.domain.cluster.CoordinatorLease;
import dev.baton.domain.cluster.CoordinatorLeaseRepository;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The database side of the election: claiming, renewing and releasing the coordinator lease, each in a
 * short transaction of its own, and the fence that every transaction of elected work passes first. The
 * lease is measured on the wall clock, not the engine clock: it is about how long a node has really been
 * silent, and a test server's engine clock may be moved forward (and starts again from real time after a
 * restart). A singleton rather than a stateless bean only so that the engine's singletons can depend on it
 * ({@code @DependsOn}) and still release the lease while the deployment stops.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CoordinatorElection {

    private static final Clock WALL = Clock.systemUTC();

    @Inject
    CoordinatorLeaseRepository leases;

    private final Clock clock = WALL;

    /** Claims or renews the lease for the node; returns the epoch held, or -1 when another node holds it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long claim(String holder, Duration ttl) {
        return row().claim(holder, clock.instant(), ttl);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String holder, long epoch) {
        row().release(holder, epoch, clock.instant());
    }

    /**
     * Joins the caller's transaction and fails it unless the node still holds the lease at this epoch. The
     * row stays locked until that transaction ends, so no other node can take the role over in between:
     * work of a stale coordinator is either committed before the take-over or not at all.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void requireEpoch(String holder, long epoch) {
        if (!row().holds(holder, epoch, clock.instant())) {
            throw new NotCoordinatorException(holder, epoch);
        }
    }

    /** Who holds the lease now, for display. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<CoordinatorLease> current() {
        return leases.find(CoordinatorLease.COORDINATOR)
                .filter(l -> l.holder() != null && l.expiresAt().isAfter(clock.instant()));
    }

    private CoordinatorLease row() {
        return leases.lock(CoordinatorLease.COORDINATOR).orElseThrow(() ->
                new IllegalStateException("The coordinator lease row is missing (schema migration V5 seeds it)"));
    }

}
