package dev.baton.messaging.outcome;

import dev.baton.domain.process.RequestKeyRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;

/** Deletes one chunk of request keys past their retention, in a transaction of its own. */
@Stateless
public class RequestKeyCleanupCommand {

    @Inject
    RequestKeyRepository keys;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deleteChunk(Instant before, int max) {
        return keys.deleteCreatedBefore(before, max);
    }
}
