package dev.baton.engine.cluster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/**
 * Runs one unit of elected work in a transaction that first checks the coordinator's epoch. The engine's
 * commands join that transaction, so their changes commit only while the epoch is still valid.
 */
@Stateless
public class FencedTransaction {

    @Inject
    CoordinatorElection election;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public <T> T run(Coordinator.Term term, Supplier<T> work) {
        election.requireEpoch(term.holder(), term.epoch());
        return work.get();
    }
}
