package dev.baton.domain.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

@ApplicationScoped
public class JpaHistoryRepository implements HistoryRepository {

    @PersistenceContext(unitName = "baton")
    private EntityManager em;

    @Override
    public void append(HistoryEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<HistoryEntry> ofProcess(String processId, int limit) {
        return em.createQuery("select h from HistoryEntry h where h.processId = :p order by h.at, h.id", HistoryEntry.class)
                .setParameter("p", processId)
                .setMaxResults(limit)
                .getResultList();
    }
}
