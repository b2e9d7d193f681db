package dev.baton.domain.cluster;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoordinatorLeaseTest {

    private static final Duration TTL = Duration.ofSeconds(15);
    private final Instant t0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void theFirstClaimTakesTheFirstEpochAndRenewalsKeepIt() {
        CoordinatorLease lease = new CoordinatorLease(CoordinatorLease.COORDINATOR, t0);
        assertEquals(1, lease.claim("a", t0, TTL));
        assertEquals(1, lease.claim("a", t0.plusSeconds(10), TTL));
        assertTrue(lease.holds("a", 1, t0.plusSeconds(24)));
        assertEquals(t0.plusSeconds(25), lease.expiresAt());
    }

    @Test
    void anotherNodeCannotClaimAValidLeaseButTakesAnExpiredOneWithTheNextEpoch() {
        CoordinatorLease lease = new CoordinatorLease(CoordinatorLease.COORDINATOR, t0);
        lease.claim("a", t0, TTL);
        assertEquals(-1, lease.claim("b", t0.plusSeconds(14), TTL));
        assertEquals(2, lease.claim("b", t0.plusSeconds(15), TTL));
        assertEquals("b", lease.holder());
    }

    @Test
    void aHolderThatWasPausedPastItsLeaseIsFencedEvenBeforeAnotherNodeClaims() {
        CoordinatorLease lease = new CoordinatorLease(CoordinatorLease.COORDINATOR, t0);
        lease.claim("a", t0, TTL);
        assertFalse(lease.holds("a", 1, t0.plusSeconds(16)), "its lease ran out while it slept");
        assertEquals(2, lease.claim("a", t0.plusSeconds(16), TTL), "claiming again starts a new epoch");
        assertFalse(lease.holds("a", 1, t0.plusSeconds(17)), "work of the old epoch stays fenced");
    }

    @Test
    void aReleasedLeaseIsTakenAtOnceWithTheNextEpoch() {
        CoordinatorLease lease = new CoordinatorLease(CoordinatorLease.COORDINATOR, t0);
        lease.claim("a", t0, TTL);
        assertFalse(lease.release("b", 1, t0.plusSeconds(1)), "only the holder releases");
        assertTrue(lease.release("a", 1, t0.plusSeconds(1)));
        assertEquals(2, lease.claim("b", t0.plusSeconds(1), TTL));
    }
}
