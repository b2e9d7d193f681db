package dev.baton.engine.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;

/**
 * The one clock of the engine. Everything that reads time injects {@link Clock}; it is the
 * {@link EngineClock}, which integration tests start adjustable ({@code baton.clock.adjustable=true}) so they
 * can move time instead of sleeping. The producers are dependent-scoped but hand out this bean's single
 * instance, so callers hold the clock itself rather than a proxy.
 */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = "baton.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    private EngineClock clock;

    @PostConstruct
    void create() {
        clock = new EngineClock(Clock.systemUTC(), adjustable);
    }

    @Produces
    @Typed(EngineClock.class)
    EngineClock engineClock() {
        return clock;
    }

    @Produces
    @Typed(Clock.class)
    Clock clock() {
        return clock;
    }
}
