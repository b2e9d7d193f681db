package dev.baton.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.fail;

/** Waits for a condition by polling it, instead of sleeping a fixed time and hoping. */
public final class Await {

    private Await() {
    }

    public static <T> T until(Supplier<T> probe, Predicate<T> condition, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        T last = null;
        while (Instant.now().isBefore(deadline)) {
            last = probe.get();
            if (condition.test(last)) {
                return last;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        fail("Timed out after " + timeout + " waiting for " + what + "; last seen: " + last);
        return last;
    }
}
