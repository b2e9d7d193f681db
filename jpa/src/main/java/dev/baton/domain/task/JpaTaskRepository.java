package dev.baton.domain.task;

import dev.baton.domain.process.ProcessState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTaskRepository implements TaskRepository {

    private static final int FEW = 8;

    @PersistenceContext(unitName = "baton")
    private EntityManager em;

    @Override
    public Optional<Task> find(String id) {
        return Optional.ofNullable(em.find(Task.class, id));
    }

    @Override
    public Optional<String> processIdOf(String taskId) {
        return em.createQuery("select t.processId from Task t where t.id = :id", String.class)
                .setParameter("id", taskId)
                .getResultStream().findFirst();
    }

    /**
     * Few ids (the usual promise count) are looked up one by one: most are already in the persistence
     * context and cost nothing. Many ids go in one query.
     */
    @Override
    public List<Task> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() <= FEW) {
            List<Task> found = new ArrayList<>(ids.size());
            for (String id : ids) {
                Task task = em.find(Task.class, id);
                if (task != null) {
                    found.add(task);
                }
            }
            return found;
        }
        return em.createQuery("select t from Task t where t.id in :ids", Task.class)
                .setParameter("ids", ids)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
    }

    @Override
    public void add(Task task) {
        em.persist(task);
    }

    @Override
    public void addDependency(TaskDependency dependency) {
        em.persist(dependency);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<TaskDependency> dependenciesOfProcess(String processId) {
        return em.createQuery("select d from TaskDependency d where d.taskId in "
                        + "(select t.id from Task t where t.processId = :p)", TaskDependency.class)
                .setParameter("p", processId)
                .getResultList();
    }

    @Override
    public List<String> dependenciesOf(String taskId) {
        return em.createQuery("select d.dependsOn from TaskDependency d where d.taskId = :id", String.class)
                .setParameter("id", taskId)
                .getResultList();
    }

    /**
     * Runs without flushing first: edges are only ever added for tasks that are unsettled when the edge is
     * created, so no edge written earlier in the same transaction can point at a task settling in it, and
     * tasks already in the persistence context are returned as they are in memory.
     */
    @Override
    public List<Task> dependentsOf(String taskId) {
        return em.createQuery("select t from Task t where t.id in "
                        + "(select d.taskId from TaskDependency d where d.dependsOn = :id)", Task.class)
                .setParameter("id", taskId)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
    }

    @Override
    public List<Task> ofProcess(String processId) {
        return em.createQuery("select t from Task t where t.processId = :p order by t.createdAt, t.id", Task.class)
                .setParameter("p", processId)
                .getResultList();
    }

    @Override
    public List<Task> unfinishedOfProcess(String processId) {
        return em.createQuery("select t from Task t where t.processId = :p and t.state in :open", Task.class)
                .setParameter("p", processId)
                .setParameter("open", List.of(TaskState.WAITING, TaskState.SCHEDULED, TaskState.READY,
                        TaskState.AWAITING_EVENT, TaskState.RESOLVING))
                .getResultList();
    }

    @Override
    public List<String> dueScheduled(Instant now, int limit) {
        return em.createQuery("select t.id from Task t where t.state = :s and t.readyAt <= :now and exists "
                        + "(select p.id from ProcessInstance p where p.id = t.processId and p.state = :running) "
                        + "order by t.readyAt", String.class)
                .setParameter("s", TaskState.SCHEDULED)
                .setParameter("now", now)
                .setParameter("running", ProcessState.RUNNING)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Task> ready(Instant readyBefore, int offset, int limit) {
        return em.createQuery("select t from Task t where t.state = :s and t.readyAt <= :before and exists "
                        + "(select p.id from ProcessInstance p where p.id = t.processId and p.state = :running) "
                        + "order by t.readyAt, t.id", Task.class)
                .setParameter("s", TaskState.READY)
                .setParameter("before", readyBefore)
                .setParameter("running", ProcessState.RUNNING)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Task> readyOfProcess(String processId) {
        return em.createQuery("select t from Task t where t.processId = :p and t.state = :s order by t.readyAt, t.id",
                        Task.class)
                .setParameter("p", processId)
                .setParameter("s", TaskState.READY)
                .getResultList();
    }

    @Override
    public List<String> waitsPastDeadline(Instant now, int limit) {
        return em.createQuery("select t.id from Task t where t.state in :waiting and t.timing.waitDeadline <= :now "
                        + "and exists (select p.id from ProcessInstance p where p.id = t.processId and p.state = :running) "
                        + "order by t.timing.waitDeadline", String.class)
                .setParameter("waiting", List.of(TaskState.READY, TaskState.AWAITING_EVENT))
                .setParameter("now", now)
                .setParameter("running", ProcessState.RUNNING)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<Task> awaitingEvent(String processId, String eventName) {
        return em.createQuery("select t from Task t where t.processId = :p and t.state = :s and t.eventName = :n "
                        + "order by t.readyAt, t.id", Task.class)
                .setParameter("p", processId)
                .setParameter("s", TaskState.AWAITING_EVENT)
                .setParameter("n", eventName)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}
