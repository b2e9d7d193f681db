package dev.baton.engine.cluster;

import jakarta.ejb.ApplicationException;

/**
 * A node tried to commit elected work at an epoch it no longer holds (it was paused, partitioned or too
 * slow to renew). The transaction is rolled back; the node stops the work and competes again.
 */
@ApplicationException(rollback = true)
public class NotCoordinatorException extends RuntimeException {

    public NotCoordinatorException(String holder, long epoch) {
        super(holder + " no longer holds the coordinator lease at epoch " + epoch);
    }
}
