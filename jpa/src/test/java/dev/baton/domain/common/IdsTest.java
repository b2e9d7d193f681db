package dev.baton.domain.common;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdsTest {

    @Test
    void idsAreVersion7AndOrderedByCreationTime() {
        UUID earlier = Ids.newUuid(1_700_000_000_000L);
        UUID later = Ids.newUuid(1_700_000_000_001L);
        assertEquals(7, earlier.version());
        assertEquals(2, earlier.variant());
        assertTrue(earlier.toString().compareTo(later.toString()) < 0);
    }

    @Test
    void idsOfTheSameInstantSortInTheOrderTheyWereMade() {
        java.time.Instant at = java.time.Instant.parse("2030-01-01T00:00:00Z");
        String previous = Ids.newId(at);
        for (int i = 0; i < 10_000; i++) {
            String next = Ids.newId(at);
            assertTrue(previous.compareTo(next) < 0, previous + " then " + next);
            previous = next;
        }
    }

    @Test
    void theLowestIdOfAnInstantBoundsEveryIdMadeAtOrAfterIt() {
        java.time.Instant at = java.time.Instant.parse("2031-06-01T12:00:00Z");
        String id = Ids.newId(at);
        assertTrue(Ids.lowestAt(at).compareTo(id) <= 0);
        assertTrue(id.compareTo(Ids.lowestAt(at.plusSeconds(1))) < 0);
    }

    @Test
    void onlyWellFormedIdsAreRecognised() {
        assertTrue(Ids.isWellFormed(Ids.newId()));
        assertFalse(Ids.isWellFormed("nope"));
        assertFalse(Ids.isWellFormed(null));
        assertFalse(Ids.isWellFormed("zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz"));
    }
}
