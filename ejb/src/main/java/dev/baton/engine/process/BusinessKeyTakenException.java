package dev.baton.engine.process;

import dev.baton.domain.common.ConflictException;
import jakarta.ejb.ApplicationException;

/**
 * A concurrent start claimed the business key first. Never reaches a client: the start is answered
 * with the process that won the claim.
 */
@ApplicationException(rollback = true)
public class BusinessKeyTakenException extends ConflictException {

    public BusinessKeyTakenException(String actor, String businessKey) {
        super("business-key-taken", "Business key " + businessKey + " of " + actor + " was claimed concurrently.");
    }
}
