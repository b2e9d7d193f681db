package dev.baton.messaging.outcome;

import dev.baton.domain.common.Ids;
import dev.baton.domain.outbox.OutboxEntry;
import dev.baton.domain.outbox.OutboxRepository;
import dev.baton.engine.process.ProcessEnded;
import dev.baton.messaging.MessagingSettings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Clock;

/**
 * Writes each terminal process state into the outbox, inside the transaction that ends the process (the default
 * observer phase): the row commits with the change or not at all, so a rolled-back ending publishes nothing and a
 * committed one cannot be forgotten. After the commit, the row's id goes to this node's relay, which publishes it
 * on another thread; the completing request never waits for the broker.
 */
@ApplicationScoped
public class OutcomeOutbox {

    @Inject
    OutboxRepository outbox;

    @Inject
    OutcomeRelay relay;

    @Inject
    MessagingSettings settings;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    void record(@Observes ProcessEnded ended) {
        if (!settings.publishOutcomes()) {
            return;
        }
        String id = Ids.newId(clock.instant());
        outbox.add(new OutboxEntry(id, ended.processId(), ended.actor(), ended.businessKey(), ended.state(),
                ended.resultJson(), ended.errorJson(), ended.endedAt(), clock.instant()));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.committed(id);
                }
            }
        });
    }
}
