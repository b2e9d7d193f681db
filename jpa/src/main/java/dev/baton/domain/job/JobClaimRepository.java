package dev.baton.domain.job;

import java.util.Optional;

/** The claims of cluster-wide jobs. */
public interface JobClaimRepository {

    Optional<JobClaim> find(String name);

    /** Locks the job's row, creating it when there is none yet (a concurrent creation fails on the key). */
    JobClaim lockOrCreate(String name);
}
