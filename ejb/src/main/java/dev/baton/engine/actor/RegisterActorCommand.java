package dev.baton.engine.actor;

import dev.baton.domain.actor.ActorSettings;
import dev.baton.domain.actor.ActorSettingsRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * Makes an actor known in the database (its {@code baton_actor} row, with the time of its registration). The
 * caller publishes the row to the in-memory directory after the commit.
 */
@Stateless
public class RegisterActorCommand {

    @Inject
    ActorSettingsRepository settings;

    @Inject
    Clock clock;

    public ActorSettings execute(String actor, String by) {
        ActorSettings row = settings.lockOrCreate(actor, clock.instant());
        row.register(by, clock.instant());
        return row;
    }
}
