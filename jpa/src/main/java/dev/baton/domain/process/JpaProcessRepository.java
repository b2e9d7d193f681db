package dev.baton.domain.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProcessRepository implements ProcessRepository {

    @PersistenceContext(unitName = "baton")
    private EntityManager em;

    @Override
    public Optional<ProcessInstance> find(String id) {
        return Optional.ofNullable(em.find(ProcessInstance.class, id));
    }

    @Override
    public Optional<ProcessInstance> lock(String id) {
        return Optional.ofNullable(em.find(ProcessInstance.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(ProcessInstance process) {
        em.persist(process);
    }

    @Override
    public void claimKey(ProcessKey key) {
        em.persist(key);
        em.flush();
    }

    @Override
    public Optional<String> processIdForKey(String actor, String businessKey) {
        ProcessKey key = em.find(ProcessKey.class, new ProcessKey.Key(actor, businessKey));
        return Optional.ofNullable(key).map(ProcessKey::processId);
    }

    @Override
    public List<ProcessInstance> list(ProcessFilter filter) {
        StringBuilder jpql = new StringBuilder("select p from ProcessInstance p where 1 = 1");
        if (filter.state() != null) {
            jpql.append(" and p.state = :state");
        }
        if (filter.actor() != null) {
            jpql.append(" and p.actor = :actor");
        }
        if (filter.businessKey() != null) {
            jpql.append(" and p.businessKey = :businessKey");
        }
        if (filter.afterId() != null) {
            jpql.append(" and p.id < :afterId");
        }
        jpql.append(" order by p.id desc");
        TypedQuery<ProcessInstance> query = em.createQuery(jpql.toString(), ProcessInstance.class);
        if (filter.state() != null) {
            query.setParameter("state", filter.state());
        }
        if (filter.actor() != null) {
            query.setParameter("actor", filter.actor());
        }
        if (filter.businessKey() != null) {
            query.setParameter("businessKey", filter.businessKey());
        }
        if (filter.afterId() != null) {
            query.setParameter("afterId", filter.afterId());
        }
        return query.setMaxResults(filter.limit()).getResultList();
    }
}
