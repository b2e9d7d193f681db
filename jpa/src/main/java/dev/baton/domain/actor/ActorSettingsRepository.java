package dev.baton.domain.actor;

import java.util.List;
import java.util.Optional;

/** The operators' settings per actor. */
public interface ActorSettingsRepository {

    Optional<ActorSettings> find(String actor);

    /** Locks the row, creating it when the actor has none yet. */
    ActorSettings lockOrCreate(String actor, java.time.Instant now);

    List<ActorSettings> all();
}
