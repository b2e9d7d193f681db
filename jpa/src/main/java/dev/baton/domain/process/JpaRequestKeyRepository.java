package dev.baton.domain.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRequestKeyRepository implements RequestKeyRepository {

    @PersistenceContext(unitName = "baton")
    private EntityManager em;

    @Override
    public void claim(RequestKey key) {
        em.persist(key);
        em.flush();
    }

    @Override
    public Optional<String> processIdFor(String key) {
        return Optional.ofNullable(em.find(RequestKey.class, key)).map(RequestKey::processId);
    }

    @Override
    public int deleteCreatedBefore(Instant before, int max) {
        List<String> keys = em.createQuery("select k.key from RequestKey k where k.createdAt < :before order by k.createdAt",
                        String.class)
                .setParameter("before", before)
                .setMaxResults(max)
                .getResultList();
        if (keys.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from RequestKey k where k.key in :keys").setParameter("keys", keys).executeUpdate();
    }
}
