package dev.baton.domain.process;

import java.time.Instant;
import java.util.Optional;

/** Keys of start requests that already started a process. */
public interface RequestKeyRepository {

    /** Inserts and flushes, so a concurrent claim of the same key fails here, inside the caller's transaction. */
    void claim(RequestKey key);

    Optional<String> processIdFor(String key);

    /** Deletes up to {@code max} keys created before {@code before}; returns how many. */
    int deleteCreatedBefore(Instant before, int max);
}
