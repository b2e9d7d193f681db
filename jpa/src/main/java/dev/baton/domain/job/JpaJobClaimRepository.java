package dev.baton.domain.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

@ApplicationScoped
public class JpaJobClaimRepository implements JobClaimRepository {

    @PersistenceContext(unitName = "baton")
    private EntityManager em;

    @Override
    public Optional<JobClaim> find(String name) {
        return Optional.ofNullable(em.find(JobClaim.class, name));
    }

    @Override
    public JobClaim lockOrCreate(String name) {
        JobClaim claim = em.find(JobClaim.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (claim == null) {
            claim = new JobClaim(name);
            em.persist(claim);
            em.flush();
        }
        return claim;
    }
}
