package dev.baton.messaging.outcome;

import dev.baton.domain.outbox.OutboxRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The relay's database steps, each its own short transaction: claim, then delete (or release) what was sent. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxRelayCommand {

    @Inject
    OutboxRepository outbox;

    public List<OutcomeMessage> claim(Collection<String> ids, String token, Instant now, Instant until) {
        return outbox.claim(ids, token, now, until).stream().map(OutcomeMessage::of).toList();
    }

    public int delete(Collection<String> ids, String token) {
        return outbox.deleteClaimed(ids, token);
    }

    public int release(Collection<String> ids, String token) {
        return outbox.release(ids, token);
    }

    public List<String> leftovers(Instant createdBefore, Instant now, int max) {
        return outbox.unclaimedCreatedBefore(createdBefore, now, max);
    }

    public long pending() {
        return outbox.count();
    }
}
