package dev.baton.domain.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ActorNameTest {

    @Test
    void aNameAndVersionAreSplitAtTheHash() {
        ActorName actor = ActorName.parse("billing.ChargeCard#1.0");
        assertEquals("billing.ChargeCard", actor.name());
        assertEquals("1.0", actor.version());
        assertEquals("billing.ChargeCard#1.0", actor.toString());
    }

    @Test
    void malformedNamesAreRefused() {
        for (String bad : new String[]{"plain", "#1", "a#", "a#1#2", "a b#1", "1abc#1", "a#1 0"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ActorName.parse(bad), bad);
            assertEquals("invalid-actor", e.problemType());
        }
        assertThrows(InvalidInputException.class, () -> ActorName.parse(null));
    }
}
