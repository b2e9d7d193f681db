package dev.baton.engine.actor;

import dev.baton.domain.actor.ActorSettings;
import dev.baton.domain.actor.ActorSettingsRepository;
import dev.baton.domain.decision.RetrySpec;
import dev.baton.engine.audit.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;

/** Replaces an actor's task defaults (retry policy, lease timeout, schedule-to-start timeout), audited. */
@Stateless
public class UpdateActorDefaultsCommand {

    @Inject
    ActorSettingsRepository settings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public ActorSettings execute(String actor, ActorDefaults defaults, String operator) {
        ActorSettings row = settings.lockOrCreate(actor, clock.instant());
        RetrySpec retry = defaults.retry();
        row.defaults(retry, defaults.timeoutSeconds(), defaults.scheduleToStartSeconds(), operator, clock.instant());
        audit.record(operator, "actor.defaults", actor, 1, describe(defaults));
        return row;
    }

    private static String describe(ActorDefaults d) {
        RetrySpec r = d.retry();
        return "retry " + (r == null ? "engine default" : "maxAttempts=" + r.maxAttempts() + " initialIntervalMs="
                + r.initialIntervalMs() + " backoffCoefficient=" + r.backoffCoefficient() + " maxIntervalMs="
                + r.maxIntervalMs()) + ", timeoutSeconds=" + d.timeoutSeconds() + ", scheduleToStartSeconds="
                + d.scheduleToStartSeconds();
    }
}
