package dev.baton.domain.common;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Generates time-ordered UUIDs (version 7, RFC 9562). Ordering by id then approximates ordering by
 * creation time, which keeps primary-key indexes append-mostly and makes keyset paging by id natural.
 */
public final class Ids {

    private Ids() {
    }

    public static String newId() {
        return newUuid(System.currentTimeMillis()).toString();
    }

    /**
     * An id whose time part is {@code at}. Processes and tasks take the engine clock's time, so their ids
     * sort exactly as their creation times and a creation-time range is an id range.
     */
    public static String newId(Instant at) {
        return monotonic(at.toEpochMilli()).toString();
    }

    /** The smallest id any entity created at or after {@code at} can have (for id-range filters). */
    public static String lowestAt(Instant at) {
        return new UUID((at.toEpochMilli() << 16) | (0x7L << 12), 0x8000000000000000L).toString();
    }

    /**
     * Ids only need to be unique, not unguessable (access is checked by role, and tokens carry their own
     * secure nonce), so the fast thread-local generator supplies the 74 random bits.
     */
    static UUID newUuid(long epochMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long randA = random.nextInt(1 << 12);
        long msb = (epochMillis << 16) | (0x7L << 12) | randA;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    private static long lastMillis;
    private static long counter;

    /**
     * Ids of one millisecond count up in the 12 bits after the time (RFC 9562, method 1), so the tasks of one
     * decision, which share its instant, sort in the order the decision listed them. When the counter runs out
     * the time part moves on by a millisecond: ids stay unique and increasing within this JVM.
     */
    static synchronized UUID monotonic(long epochMillis) {
        if (epochMillis > lastMillis) {
            lastMillis = epochMillis;
            counter = ThreadLocalRandom.current().nextInt(1 << 10);
        } else if (++counter >= (1 << 12)) {
            lastMillis++;
            counter = 0;
        }
        long msb = (lastMillis << 16) | (0x7L << 12) | counter;
        long lsb = (ThreadLocalRandom.current().nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /** True when the text is a syntactically valid UUID, so it can be looked up without a database hit. */
    public static boolean isWellFormed(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
