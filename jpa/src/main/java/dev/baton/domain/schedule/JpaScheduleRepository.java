package dev.baton.domain.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaScheduleRepository implements ScheduleRepository {

    @PersistenceContext(unitName = "baton")
    private EntityManager em;

    @Override
    public Optional<Schedule> find(String name) {
        return Optional.ofNullable(em.find(Schedule.class, name));
    }

    @Override
    public Optional<Schedule> lock(String name) {
        return Optional.ofNullable(em.find(Schedule.class, name, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(Schedule schedule) {
        em.persist(schedule);
        em.flush();
    }

    @Override
    public void remove(Schedule schedule) {
        em.createQuery("delete from ScheduleRun r where r.scheduleName = :n")
                .setParameter("n", schedule.name())
                .executeUpdate();
        em.remove(schedule);
    }

    @Override
    public List<Schedule> all() {
        return em.createQuery("select s from Schedule s order by s.name", Schedule.class).getResultList();
    }

    /** Served by the index on (state, next_fire_at). */
    @Override
    public List<DueSchedule> due(Instant now, int limit) {
        return em.createQuery("select s.name, s.nextFireAt from Schedule s where s.state = :active "
                        + "and s.nextFireAt <= :now order by s.nextFireAt", Object[].class)
                .setParameter("active", ScheduleState.ACTIVE)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList().stream()
                .map(row -> new DueSchedule((String) row[0], (Instant) row[1]))
                .toList();
    }

    @Override
    public void addRun(ScheduleRun run) {
        em.persist(run);
        em.flush();
    }

    @Override
    public List<ScheduleRun> runs(String scheduleName, int limit) {
        return em.createQuery("select r from ScheduleRun r where r.scheduleName = :n order by r.tickAt desc, r.id desc",
                        ScheduleRun.class)
                .setParameter("n", scheduleName)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Two index range scans on (schedule_name, tick_at): find the oldest run to keep, delete what is older. */
    @Override
    public void pruneRuns(String scheduleName, int keep) {
        List<Instant> boundary = em.createQuery("select r.tickAt from ScheduleRun r where r.scheduleName = :n "
                        + "order by r.tickAt desc", Instant.class)
                .setParameter("n", scheduleName)
                .setFirstResult(keep - 1)
                .setMaxResults(1)
                .getResultList();
        if (!boundary.isEmpty()) {
            em.createQuery("delete from ScheduleRun r where r.scheduleName = :n and r.tickAt < :oldest")
                    .setParameter("n", scheduleName)
                    .setParameter("oldest", boundary.get(0))
                    .executeUpdate();
        }
    }
}
