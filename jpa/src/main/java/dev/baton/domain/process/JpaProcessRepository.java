package dev.baton.domain.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
    public Map<String, ProcessInstance> lockAll(Collection<String> ids) {
        Map<String, ProcessInstance> locked = new LinkedHashMap<>();
        if (ids.size() == 1) {
            lock(ids.iterator().next()).ifPresent(p -> locked.put(p.id(), p));
            return locked;
        }
        for (ProcessInstance process : em.createQuery("select p from ProcessInstance p where p.id in :ids order by p.id",
                        ProcessInstance.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()) {
            locked.put(process.id(), process);
        }
        return locked;
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
        return ProcessQuery.select(em, filter, "p", ProcessInstance.class).getResultList();
    }

    @Override
    public List<String> ids(ProcessFilter filter) {
        return ProcessQuery.select(em, filter, "p.id", String.class).getResultList();
    }

    @Override
    public List<String> pastDeadline(Instant now, int limit) {
        return em.createQuery("select p.id from ProcessInstance p where p.state in :active and p.deadlineAt <= :now "
                        + "order by p.deadlineAt", String.class)
                .setParameter("active", List.of(ProcessState.RUNNING, ProcessState.SUSPENDED))
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * One grouping query over the failed processes of the range (served by the index on (state, ended_at)),
     * then one small query per group for its newest message.
     */
    @Override
    public List<BrokenGroup> brokenGroups(Instant from, Instant to, int limit) {
        List<Object[]> rows = em.createQuery("select p.causeActor, p.errorType, p.actor, count(p), max(p.endedAt) "
                        + "from ProcessInstance p where p.state = :failed and p.endedAt >= :from and p.endedAt < :to "
                        + "group by p.causeActor, p.errorType, p.actor order by count(p) desc", Object[].class)
                .setParameter("failed", ProcessState.FAILED)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(limit)
                .getResultList();
        List<BrokenGroup> groups = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ProcessInstance newest = newestBroken((String) row[0], (String) row[1], (String) row[2], from, to);
            groups.add(new BrokenGroup((String) row[0], (String) row[1], (String) row[2], (Long) row[3],
                    (Instant) row[4], newest == null ? null : newest.id(),
                    newest == null ? null : newest.errorMessage()));
        }
        return groups;
    }

    private ProcessInstance newestBroken(String causeActor, String errorType, String actor, Instant from, Instant to) {
        String jpql = "select p from ProcessInstance p where p.state = :failed and p.actor = :actor"
                + (causeActor == null ? " and p.causeActor is null" : " and p.causeActor = :causeActor")
                + (errorType == null ? " and p.errorType is null" : " and p.errorType = :errorType")
                + " and p.endedAt >= :from and p.endedAt < :to order by p.endedAt desc";
        TypedQuery<ProcessInstance> query = em.createQuery(jpql, ProcessInstance.class)
                .setParameter("failed", ProcessState.FAILED)
                .setParameter("actor", actor)
                .setParameter("from", from)
                .setParameter("to", to);
        if (causeActor != null) {
            query.setParameter("causeActor", causeActor);
        }
        if (errorType != null) {
            query.setParameter("errorType", errorType);
        }
        return query.setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** Served by the index on (schedule_name, state, id). */
    @Override
    public long countActiveOfSchedule(String scheduleName) {
        return em.createQuery("select count(p) from ProcessInstance p where p.scheduleName = :s and p.state in :active",
                        Long.class)
                .setParameter("s", scheduleName)
                .setParameter("active", List.of(ProcessState.RUNNING, ProcessState.SUSPENDED))
                .getSingleResult();
    }

    @Override
    public Map<ProcessState, Long> countByState() {
        Map<ProcessState, Long> counts = new EnumMap<>(ProcessState.class);
        for (Object[] row : em.createQuery("select p.state, count(p) from ProcessInstance p group by p.state",
                Object[].class).getResultList()) {
            counts.put((ProcessState) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    public long countInState(ProcessState state) {
        return em.createQuery("select count(p) from ProcessInstance p where p.state = :state", Long.class)
                .setParameter("state", state)
                .getSingleResult();
    }

    @Override
    public long countEndedSince(ProcessState state, Instant from) {
        return em.createQuery("select count(p) from ProcessInstance p where p.state = :state and p.endedAt >= :from",
                        Long.class)
                .setParameter("state", state)
                .setParameter("from", from)
                .getSingleResult();
    }

    /**
     * Groups by day, hour and minute as the database sees them; whatever its session time zone, those groups
     * are whole minutes, and the earliest instant of each group, cut to the minute, names it. One range scan
     * of the index on {@code (state, ended_at)}, in portable JPQL.
     */
    @Override
    public Map<Instant, Long> endedPerMinute(ProcessState state, Instant from, Instant to) {
        Map<Instant, Long> perMinute = new TreeMap<>();
        for (Object[] row : em.createQuery("select min(p.endedAt), count(p) from ProcessInstance p "
                        + "where p.state = :state and p.endedAt >= :from and p.endedAt < :to "
                        + "group by extract(day from p.endedAt), extract(hour from p.endedAt), extract(minute from p.endedAt)",
                        Object[].class)
                .setParameter("state", state)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()) {
            perMinute.merge(((Instant) row[0]).truncatedTo(ChronoUnit.MINUTES), (Long) row[1], Long::sum);
        }
        return perMinute;
    }
}
