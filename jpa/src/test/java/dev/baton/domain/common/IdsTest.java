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
    void onlyWellFormedIdsAreRecognised() {
        assertTrue(Ids.isWellFormed(Ids.newId()));
        assertFalse(Ids.isWellFormed("nope"));
        assertFalse(Ids.isWellFormed(null));
        assertFalse(Ids.isWellFormed("zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz"));
    }
}
