package dev.baton.domain.cluster;

import java.util.Optional;

/** The coordinator lease row (seeded by the V5 migration). */
public interface CoordinatorLeaseRepository {

    /** The row, locked for update until the transaction ends. */
    Optional<CoordinatorLease> lock(String name);

    Optional<CoordinatorLease> find(String name);

    void add(CoordinatorLease lease);
}
