package dev.baton.domain.operation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaBulkOperationRepository implements BulkOperationRepository {

    @PersistenceContext(unitName = "baton")
    private EntityManager em;

    @Override
    public void add(BulkOperation operation) {
        em.persist(operation);
    }

    @Override
    public Optional<BulkOperation> find(String id) {
        return Optional.ofNullable(em.find(BulkOperation.class, id));
    }

    @Override
    public Optional<BulkOperation> lock(String id) {
        return Optional.ofNullable(em.find(BulkOperation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<BulkOperation> running() {
        return em.createQuery("select b from BulkOperation b where b.state = :s order by b.id", BulkOperation.class)
                .setParameter("s", BulkState.RUNNING)
                .getResultList();
    }

    @Override
    public List<BulkOperation> recent(int limit) {
        return em.createQuery("select b from BulkOperation b order by b.id desc", BulkOperation.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
