package dev.baton.domain.actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaActorSettingsRepository implements ActorSettingsRepository {

    @PersistenceContext(unitName = "baton")
    private EntityManager em;

    @Override
    public Optional<ActorSettings> find(String actor) {
        return Optional.ofNullable(em.find(ActorSettings.class, actor));
    }

    /**
     * Two operators creating the same actor's row at once: one insert fails on the primary key and that
     * operation is retried by its caller; updates of an existing row are serialised by the lock.
     */
    @Override
    public ActorSettings lockOrCreate(String actor, Instant now) {
        ActorSettings settings = em.find(ActorSettings.class, actor, LockModeType.PESSIMISTIC_WRITE);
        if (settings == null) {
            settings = new ActorSettings(actor, now);
            em.persist(settings);
            em.flush();
        }
        return settings;
    }

    @Override
    public List<ActorSettings> all() {
        return em.createQuery("select a from ActorSettings a order by a.name", ActorSettings.class).getResultList();
    }
}
