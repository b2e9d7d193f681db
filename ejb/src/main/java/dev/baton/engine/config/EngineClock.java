package dev.baton.engine.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine's clock: the system clock in UTC, optionally shifted forward. Everything time-based in the
 * engine (leases, retries, delays, timeouts, schedules, retention) compares stored instants with this clock
 * on its one-second tick, so moving it forward makes due work happen on the next tick. Tests use that to
 * move time instead of sleeping; production servers leave it unadjustable, and then it is the system clock.
 * The shift only ever grows, so time seen by the engine never runs backwards.
 */
public final class EngineClock extends Clock {

    private final Clock system;
    private final boolean adjustable;
    private final AtomicLong shiftMillis = new AtomicLong();

    public EngineClock(Clock system, boolean adjustable) {
        this.system = system;
        this.adjustable = adjustable;
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    /** Moves the clock forward; only when the server was started with {@code baton.clock.adjustable=true}. */
    public Instant advance(Duration by) {
        if (!adjustable) {
            throw new IllegalStateException("This server's clock is not adjustable (baton.clock.adjustable=false)");
        }
        if (by.isNegative()) {
            throw new IllegalArgumentException("The clock only moves forward");
        }
        shiftMillis.addAndGet(by.toMillis());
        return instant();
    }

    /** How far this clock is ahead of the system clock. */
    public Duration shift() {
        return Duration.ofMillis(shiftMillis.get());
    }

    @Override
    public Instant instant() {
        return system.instant().plusMillis(shiftMillis.get());
    }

    @Override
    public long millis() {
        return system.millis() + shiftMillis.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
