package dev.baton.domain.common;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Generates time-ordered UUIDs (version 7, RFC 9562). Ordering by id then approximates ordering by
 * creation time, which keeps primary-key indexes append-mostly and makes keyset paging by id natural.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String newId() {
        return newUuid(System.currentTimeMillis()).toString();
    }

    static UUID newUuid(long epochMillis) {
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (epochMillis << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
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
