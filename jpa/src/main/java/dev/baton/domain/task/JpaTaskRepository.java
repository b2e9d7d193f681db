package dev.baton.domain.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTaskRepository implements TaskRepository {

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

    @Override
    public List<Task> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from Task t where t.id in :ids", Task.class)
                .setParameter("ids", ids)
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
    public List<String> dependenciesOf(String taskId) {
        return em.createQuery("select d.dependsOn from TaskDependency d where d.taskId = :id", String.class)
                .setParameter("id", taskId)
                .getResultList();
    }

    @Override
    public List<Task> dependentsOf(String taskId) {
        return em.createQuery("select t from Task t where t.id in "
                        + "(select d.taskId from TaskDependency d where d.dependsOn = :id)", Task.class)
                .setParameter("id", taskId)
                .getResultList();
    }

    @Override
    public List<Task> ofProcess(String processId) {
        return em.createQuery("select t from Task t where t.processId = :p order by t.createdAt, t.id", Task.class)
                .setParameter("p", processId)
                .getResultList();
    }

    @Override
    public List<TaskDependency> dependenciesOfProcess(String processId) {
        return em.createQuery("select d from TaskDependency d where d.taskId in "
                        + "(select t.id from Task t where t.processId = :p)", TaskDependency.class)
                .setParameter("p", processId)
                .getResultList();
    }

    @Override
    public List<Task> unfinishedOfProcess(String processId) {
        return em.createQuery("select t from Task t where t.processId = :p and t.state in :open", Task.class)
                .setParameter("p", processId)
                .setParameter("open", List.of(TaskState.WAITING, TaskState.SCHEDULED, TaskState.READY, TaskState.RESOLVING))
                .getResultList();
    }

    @Override
    public List<String> dueScheduled(Instant now, int limit) {
        return em.createQuery("select t.id from Task t where t.state = :s and t.readyAt <= :now order by t.readyAt",
                        String.class)
                .setParameter("s", TaskState.SCHEDULED)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Task> ready(Instant readyBefore, int offset, int limit) {
        return em.createQuery("select t from Task t where t.state = :s and t.readyAt <= :before "
                        + "order by t.readyAt, t.id", Task.class)
                .setParameter("s", TaskState.READY)
                .setParameter("before", readyBefore)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }
}
