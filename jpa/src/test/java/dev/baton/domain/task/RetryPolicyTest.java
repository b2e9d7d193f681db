package dev.baton.domain.task;

import dev.baton.domain.common.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryPolicyTest {

    @Test
    void delaysGrowByTheCoefficientUpToTheMaximum() {
        RetryPolicy policy = new RetryPolicy(10, 1000, 2.0, 5000);
        assertEquals(Duration.ofMillis(1000), policy.delayBefore(2));
        assertEquals(Duration.ofMillis(2000), policy.delayBefore(3));
        assertEquals(Duration.ofMillis(4000), policy.delayBefore(4));
        assertEquals(Duration.ofMillis(5000), policy.delayBefore(5));
        assertEquals(Duration.ofMillis(5000), policy.delayBefore(9));
    }

    @Test
    void attemptsBeyondTheMaximumAreNotAllowed() {
        RetryPolicy policy = new RetryPolicy(3, 0, 1.0, 0);
        assertTrue(policy.allowsAttempt(3));
        assertFalse(policy.allowsAttempt(4));
    }

    @Test
    void nonsensicalPoliciesAreRefused() {
        assertThrows(InvalidInputException.class, () -> new RetryPolicy(0, 0, 1.0, 0));
        assertThrows(InvalidInputException.class, () -> new RetryPolicy(1, -1, 1.0, 0));
        assertThrows(InvalidInputException.class, () -> new RetryPolicy(1, 0, 0.5, 0));
    }
}
