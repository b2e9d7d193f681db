package dev.baton.domain.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEventRepository implements EventRepository {

    @PersistenceContext(unitName = "baton")
    private EntityManager em;

    @Override
    public void add(ProcessEvent event) {
        em.persist(event);
    }

    @Override
    public Optional<ProcessEvent> byDeliveryKey(String processId, String deliveryKey) {
        return em.createQuery("select e from ProcessEvent e where e.processId = :p and e.deliveryKey = :k",
                        ProcessEvent.class)
                .setParameter("p", processId)
                .setParameter("k", deliveryKey)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<ProcessEvent> oldestWaiting(String processId, String name) {
        return em.createQuery("select e from ProcessEvent e where e.processId = :p and e.name = :n "
                        + "and e.consumedBy is null order by e.receivedAt, e.id", ProcessEvent.class)
                .setParameter("p", processId)
                .setParameter("n", name)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public List<ProcessEvent> ofProcess(String processId) {
        return em.createQuery("select e from ProcessEvent e where e.processId = :p order by e.receivedAt, e.id",
                        ProcessEvent.class)
                .setParameter("p", processId)
                .getResultList();
    }
}
