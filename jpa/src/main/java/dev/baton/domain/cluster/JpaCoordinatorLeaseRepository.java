package dev.baton.domain.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

@ApplicationScoped
public class JpaCoordinatorLeaseRepository implements CoordinatorLeaseRepository {

    @PersistenceContext(unitName = "baton")
    private EntityManager em;

    @Override
    public Optional<CoordinatorLease> lock(String name) {
        return Optional.ofNullable(em.find(CoordinatorLease.class, name, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<CoordinatorLease> find(String name) {
        return Optional.ofNullable(em.find(CoordinatorLease.class, name));
    }

    @Override
    public void add(CoordinatorLease lease) {
        em.persist(lease);
    }
}
