package dev.baton.console.facade;

import dev.baton.console.format.Times;
import dev.baton.console.security.ConsoleUser;
import dev.baton.console.view.ActorRow;
import dev.baton.domain.decision.RetrySpec;
import dev.baton.engine.actor.ActorDefaults;
import dev.baton.engine.actor.ActorService;
import dev.baton.engine.actor.ActorView;
import dev.baton.engine.diagnosis.Durations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Actors for the console: their dispatch state, and blocking, unblocking and task defaults (audited by the engine). */
@ApplicationScoped
public class ActorFacade {

    private static final double MS = 1000.0;

    @Inject
    ActorService actors;

    @Inject
    ConsoleUser user;

    @Inject
    Clock clock;

    public List<ActorRow> actors() {
        Instant now = clock.instant();
        return actors.actors().stream().map(a -> row(a, now)).toList();
    }

    public void block(String actor, String reason) {
        actors.block(actor, user.requireAdmin(), reason);
    }

    public void unblock(String actor, String reason) {
        actors.unblock(actor, user.requireAdmin(), reason);
    }

    /** Replaces the actor's task defaults; a null field means the engine's default. Intervals in seconds. */
    public void defaults(String actor, Integer maxAttempts, Double initialIntervalSeconds, Double backoffCoefficient,
                         Double maxIntervalSeconds, Integer timeoutSeconds, Integer scheduleToStartSeconds) {
        String operator = user.requireAdmin();
        boolean anyRetry = maxAttempts != null || initialIntervalSeconds != null || backoffCoefficient != null
                || maxIntervalSeconds != null;
        RetrySpec retry = anyRetry ? new RetrySpec(maxAttempts, millis(initialIntervalSeconds), backoffCoefficient,
                millis(maxIntervalSeconds)) : null;
        actors.updateDefaults(actor, new ActorDefaults(retry, timeoutSeconds, scheduleToStartSeconds), operator);
    }

    static ActorRow row(ActorView a, Instant now) {
        boolean polled = !a.isUnpolled(now);
        RetrySpec r = a.defaults().retry();
        return new ActorRow(a.actor(), a.queueDepth(),
                a.oldestReadySeconds() == null ? null : Durations.words(Duration.ofSeconds(a.oldestReadySeconds())),
                a.inFlight(), Times.show(a.lastPollAt()), a.lastPollAt() == null ? "never" : Times.ago(a.lastPollAt(), now),
                polled, a.completionsPerMinute(), a.blocked(), a.blockedBy(), Times.show(a.blockedAt()),
                r == null ? null : r.maxAttempts(), r == null ? null : seconds(r.initialIntervalMs()),
                r == null ? null : r.backoffCoefficient(), r == null ? null : seconds(r.maxIntervalMs()),
                a.defaults().timeoutSeconds(), a.defaults().scheduleToStartSeconds());
    }

    private static Long millis(Double seconds) {
        return seconds == null ? null : Math.round(seconds * MS);
    }

    private static Double seconds(Long millis) {
        return millis == null ? null : millis / MS;
    }
}
