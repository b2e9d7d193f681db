package dev.baton.domain.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

    @PersistenceContext(unitName = "baton")
    private EntityManager em;

    @Override
    public void add(OutboxEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<OutboxEntry> claim(Collection<String> ids, String token, Instant now, Instant until) {
        if (ids.isEmpty()) {
            return List.of();
        }
        int claimed = em.createQuery("update OutboxEntry o set o.claimToken = :token, o.claimedUntil = :until, "
                        + "o.attempts = o.attempts + 1 where o.id in :ids and (o.claimedUntil is null or o.claimedUntil < :now)")
                .setParameter("token", token)
                .setParameter("until", until)
                .setParameter("ids", ids)
                .setParameter("now", now)
                .executeUpdate();
        if (claimed == 0) {
            return List.of();
        }
        return em.createQuery("select o from OutboxEntry o where o.id in :ids and o.claimToken = :token order by o.id",
                        OutboxEntry.class)
                .setParameter("ids", ids)
                .setParameter("token", token)
                .getResultList();
    }

    @Override
    public List<String> unclaimedCreatedBefore(Instant before, Instant now, int max) {
        return em.createQuery("select o.id from OutboxEntry o where o.createdAt < :before "
                        + "and (o.claimedUntil is null or o.claimedUntil < :now) order by o.createdAt, o.id", String.class)
                .setParameter("before", before)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public int deleteClaimed(Collection<String> ids, String token) {
        return ids.isEmpty() ? 0 : em.createQuery("delete from OutboxEntry o where o.id in :ids and o.claimToken = :token")
                .setParameter("ids", ids)
                .setParameter("token", token)
                .executeUpdate();
    }

    @Override
    public int release(Collection<String> ids, String token) {
        return ids.isEmpty() ? 0 : em.createQuery("update OutboxEntry o set o.claimedUntil = null "
                        + "where o.id in :ids and o.claimToken = :token")
                .setParameter("ids", ids)
                .setParameter("token", token)
                .executeUpdate();
    }

    @Override
    public long count() {
        return em.createQuery("select count(o) from OutboxEntry o", Long.class).getSingleResult();
    }
}
