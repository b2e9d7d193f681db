package dev.baton.engine.actor;

import dev.baton.domain.actor.ActorSettings;
import dev.baton.domain.actor.ActorSettingsRepository;
import dev.baton.engine.audit.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * Blocks or unblocks an actor in the database, with its audit entry. The caller publishes the new settings
 * to the in-memory directory after the commit (polls read only that).
 */
@Stateless
public class BlockActorCommand {

    @Inject
    ActorSettingsRepository settings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public ActorSettings execute(String actor, boolean blocked, String operator, String reason) {
        ActorSettings row = settings.lockOrCreate(actor, clock.instant());
        if (blocked) {
            row.block(operator, clock.instant());
        } else {
            row.unblock(operator, clock.instant());
        }
        audit.record(operator, blocked ? "actor.block" : "actor.unblock", actor, 1, reason);
        return row;
    }
}
