package dev.baton.engine.actor;

import dev.baton.domain.actor.ActorSettings;
import dev.baton.domain.actor.ActorSettingsRepository;
import dev.baton.engine.audit.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * Makes an actor known in the database (its {@code baton_actor} row, with the time of its registration). The
 * caller publishes the row to the in-memory directory after the commit. An operator's registration is audited;
 * the one a first poll makes ({@link #BY_POLL}) is not.
 */
@Stateless
public class RegisterActorCommand {

    public static final String BY_POLL = "poll";

    @Inject
    ActorSettingsRepository settings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public ActorSettings execute(String actor, String by) {
        ActorSettings row = settings.lockOrCreate(actor, clock.instant());
        row.register(by, clock.instant());
        if (!BY_POLL.equals(by)) {
            audit.record(by, "actor.register", actor, 1, null);
        }
        return row;
    }
}
