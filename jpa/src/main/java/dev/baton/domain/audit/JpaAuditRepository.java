package dev.baton.domain.audit;

import dev.baton.domain.common.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "baton")
    private EntityManager em;

    @Override
    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    /** Ids carry the entry's time, so a time range is an id range and the primary key serves it. */
    @Override
    public List<AuditEntry> list(AuditFilter filter) {
        StringBuilder jpql = new StringBuilder("select a from AuditEntry a where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.operator() != null) {
            jpql.append(" and a.operator = :operator");
            parameters.put("operator", filter.operator());
        }
        if (filter.action() != null) {
            jpql.append(" and a.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.target() != null) {
            jpql.append(" and a.target = :target");
            parameters.put("target", filter.target());
        }
        if (filter.from() != null) {
            jpql.append(" and a.id >= :from");
            parameters.put("from", Ids.lowestAt(filter.from()));
        }
        if (filter.to() != null) {
            jpql.append(" and a.id < :to");
            parameters.put("to", Ids.lowestAt(filter.to()));
        }
        if (filter.afterId() != null) {
            jpql.append(" and a.id < :afterId");
            parameters.put("afterId", filter.afterId());
        }
        jpql.append(" order by a.id desc");
        TypedQuery<AuditEntry> query = em.createQuery(jpql.toString(), AuditEntry.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(filter.limit()).getResultList();
    }
}
