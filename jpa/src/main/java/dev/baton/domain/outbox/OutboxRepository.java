package dev.baton.domain.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The outbox of terminal process states. */
public interface OutboxRepository {

    void add(OutboxEntry entry);

    /**
     * Claims those of the entries that nobody holds (never claimed, or claim expired before {@code now}) with the
     * token until {@code until}, and returns the claimed ones, oldest first. Conditional updates, so two relays on
     * two nodes never hold one entry at once.
     */
    List<OutboxEntry> claim(Collection<String> ids, String token, Instant now, Instant until);

    /** Ids of up to {@code max} entries created before {@code before} that nobody holds now (for the sweeper). */
    List<String> unclaimedCreatedBefore(Instant before, Instant now, int max);

    /** Deletes the entries still held with this token (published); returns how many. */
    int deleteClaimed(Collection<String> ids, String token);

    /** Gives the entries back at once (publishing failed), so the sweeper need not wait for the claim to expire. */
    int release(Collection<String> ids, String token);

    long count();
}
