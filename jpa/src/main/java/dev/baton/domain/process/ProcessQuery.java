package dev.baton.domain.process;

import dev.baton.domain.common.Ids;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a {@link ProcessFilter} into one JPQL query, newest first. Creation-time bounds become id bounds
 * (ids carry their creation time), so the indexes on {@code (state, id)} and {@code (actor, id)} serve
 * both the filter and the order; an end-time upper bound adds an id bound too.
 */
final class ProcessQuery {

    private ProcessQuery() {
    }

    static <T> TypedQuery<T> select(EntityManager em, ProcessFilter filter, String what, Class<T> type) {
        StringBuilder jpql = new StringBuilder("select ").append(what).append(" from ProcessInstance p where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        condition(jpql, parameters, "p.state = :state", "state", filter.state());
        condition(jpql, parameters, "p.actor = :actor", "actor", filter.actor());
        condition(jpql, parameters, "p.businessKey = :businessKey", "businessKey", filter.businessKey());
        condition(jpql, parameters, "p.errorType = :errorType", "errorType", filter.errorType());
        condition(jpql, parameters, "p.causeActor = :causeActor", "causeActor", filter.causeActor());
        condition(jpql, parameters, "p.scheduleName = :scheduleName", "scheduleName", filter.scheduleName());
        condition(jpql, parameters, "p.id >= :createdFrom", "createdFrom",
                filter.createdFrom() == null ? null : Ids.lowestAt(filter.createdFrom()));
        condition(jpql, parameters, "p.id < :createdTo", "createdTo",
                filter.createdTo() == null ? null : Ids.lowestAt(filter.createdTo()));
        condition(jpql, parameters, "p.endedAt >= :endedFrom", "endedFrom", filter.endedFrom());
        condition(jpql, parameters, "p.endedAt < :endedTo", "endedTo", filter.endedTo());
        // A process ended before endedTo was created before it, so its id is below that time's ids. The bound says
        // nothing new, but it lets the newest-first walk of the primary key start there rather than at the newest
        // process: on a long history an end-time window days back took seconds without it (docs/benchmarks.md).
        // The second of margin covers ids whose time part ran ahead within a busy millisecond.
        condition(jpql, parameters, "p.id < :endedToId", "endedToId",
                filter.endedTo() == null ? null : Ids.lowestAt(filter.endedTo().plusSeconds(1)));
        condition(jpql, parameters, "p.id < :afterId", "afterId", filter.afterId());
        jpql.append(" order by p.id desc");
        TypedQuery<T> query = em.createQuery(jpql.toString(), type);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(filter.limit());
    }

    private static void condition(StringBuilder jpql, Map<String, Object> parameters, String clause, String name,
                                  Object value) {
        if (value != null) {
            jpql.append(" and ").append(clause);
            parameters.put(name, value);
        }
    }
}
