package dev.baton.engine.actor;

import dev.baton.domain.actor.ActorSettings;
import dev.baton.domain.actor.ActorSettingsRepository;
import dev.baton.domain.common.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which actors are known: those with a {@code baton_actor} row, because an operator registered them
 * ({@code POST /actors/{actor}/register}), set something for them, or because they polled. Any well-formed
 * {@code name#version} can be started while {@code baton.actors.require-registration} is false (the default, so
 * that trying Baton needs no set-up step); when it is true, a start for an unknown actor is refused as
 * {@code unknown-actor}, on the API and on JMS alike, so a typo fails at once instead of leaving a process
 * that no decider will ever take.
 * <p>
 * Reads come from the directory's replicated map (local); the database is asked only before a refusal, so a
 * registration that has not reached this node's map yet is not refused. The setting is read on every start, so
 * it can be switched at runtime as a system property.
 */
@ApplicationScoped
public class ActorRegistry {

    static final String REQUIRE_REGISTRATION = "baton.actors.require-registration";
    private static final Logger LOG = Logger.getLogger(ActorRegistry.class.getName());

    @Inject
    ActorDirectory directory;

    @Inject
    ActorSettingsRepository settings;

    @EJB
    RegisterActorCommand register;

    @Resource
    ManagedExecutorService executor;

    /** Actors this node has seen registered; a poll of one of them costs a set lookup. */
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    public boolean registrationRequired() {
        return ConfigProvider.getConfig().getOptionalValue(REQUIRE_REGISTRATION, Boolean.class).orElse(false);
    }

    /** Refuses an unknown actor when registration is required. */
    public void requireKnown(String actor) {
        if (registrationRequired() && !seen.contains(actor) && !directory.isKnown(actor) && settings.find(actor).isEmpty()) {
            throw new NotFoundException("unknown-actor", "Actor " + actor + " is not registered. Register it "
                    + "(POST /api/v1/actors/{actor}/register) or let one of its workers poll first.");
        }
    }

    /**
     * An actor polled: it becomes known. The first poll of an actor on this node that the directory does not know
     * yet registers it in the background, so the poll itself never waits for the database.
     */
    public void polled(String actor) {
        if (seen.contains(actor)) {
            return;
        }
        if (directory.isKnown(actor)) {
            seen.add(actor);
            return;
        }
        seen.add(actor);
        executor.execute(() -> {
            try {
                directory.publish(register.execute(actor, RegisterActorCommand.BY_POLL));
            } catch (RuntimeException e) {
                // Another node registered it at the same moment, or the database is away: the next node restart or
                // poll after the directory refresh tries again; a start in between asks the database itself.
                seen.remove(actor);
                LOG.log(Level.FINE, "Registering actor " + actor + " on its first poll failed", e);
            }
        });
    }

    /** Registers an actor on an operator's request; returns once it is committed and published. */
    public void register(String actor, String operator) {
        ActorSettings row;
        try {
            row = register.execute(actor, operator);
        } catch (EJBException e) {
            // Its first poll registered it at the same moment: the second try finds the row.
            row = register.execute(actor, operator);
        }
        directory.publish(row);
        seen.add(actor);
    }
}
