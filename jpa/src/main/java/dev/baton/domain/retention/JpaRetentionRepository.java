package dev.baton.domain.retention;

import dev.baton.domain.process.ProcessInstance;
import dev.baton.domain.process.ProcessState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Bulk JPQL deletes, each by process id through the index that leads with it: {@code baton_task (process_id)},
 * {@code baton_task_dep} primary key {@code (task_id, depends_on)}, {@code baton_history (process_id, at)},
 * {@code baton_event (process_id, name, received_at)}, {@code baton_request_key (process_id)}; business keys by
 * their primary key. Candidates come from the index on {@code baton_process (state, ended_at)}.
 */
@ApplicationScoped
public class JpaRetentionRepository implements RetentionRepository {

    @PersistenceContext(unitName = "baton")
    private EntityManager em;

    @Override
    public List<String> expired(ProcessState state, Instant endedBefore, int limit) {
        return em.createQuery("select p.id from ProcessInstance p where p.state = :s and p.endedAt < :before "
                        + "order by p.endedAt, p.id", String.class)
                .setParameter("s", state)
                .setParameter("before", endedBefore)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countExpired(ProcessState state, Instant endedBefore) {
        return em.createQuery("select count(p) from ProcessInstance p where p.state = :s and p.endedAt < :before",
                        Long.class)
                .setParameter("s", state)
                .setParameter("before", endedBefore)
                .getSingleResult();
    }

    @Override
    public Optional<Instant> oldestEnded(ProcessState state) {
        return Optional.ofNullable(em.createQuery("select min(p.endedAt) from ProcessInstance p where p.state = :s",
                        Instant.class)
                .setParameter("s", state)
                .getSingleResult());
    }

    @Override
    public void delete(Collection<ProcessInstance> processes) {
        if (processes.isEmpty()) {
            return;
        }
        List<String> ids = processes.stream().map(ProcessInstance::id).toList();
        // Promise edges only ever join tasks of one process, so the waiting side identifies them.
        em.createQuery("delete from TaskDependency d where d.taskId in "
                        + "(select t.id from Task t where t.processId in :ids)")
                .setParameter("ids", ids).executeUpdate();
        em.createQuery("delete from Task t where t.processId in :ids").setParameter("ids", ids).executeUpdate();
        em.createQuery("delete from HistoryEntry h where h.processId in :ids").setParameter("ids", ids).executeUpdate();
        em.createQuery("delete from ProcessEvent e where e.processId in :ids").setParameter("ids", ids).executeUpdate();
        // Request keys only guard against a redelivered start; a deleted process needs no such guard. Outbox rows
        // are left alone: they carry everything they publish, and deleting one would lose a publication.
        em.createQuery("delete from RequestKey r where r.processId in :ids").setParameter("ids", ids).executeUpdate();
        for (ProcessInstance process : processes) {
            if (process.businessKey() != null) {
                em.createQuery("delete from ProcessKey k where k.actor = :a and k.businessKey = :k and k.processId = :p")
                        .setParameter("a", process.actor())
                        .setParameter("k", process.businessKey())
                        .setParameter("p", process.id())
                        .executeUpdate();
            }
        }
        em.createQuery("delete from ProcessInstance p where p.id in :ids").setParameter("ids", ids).executeUpdate();
    }
}
