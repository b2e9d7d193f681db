package dev.baton.engine.actor;

import dev.baton.domain.actor.ActorSettings;
import dev.baton.domain.common.ActorName;
import dev.baton.domain.common.InvalidInputException;
import dev.baton.engine.config.EngineSettings;
import dev.baton.engine.dispatch.ActorActivity;
import dev.baton.engine.dispatch.CompletionMeter;
import dev.baton.engine.dispatch.Dispatcher;
import dev.baton.engine.dispatch.Effects;
import dev.baton.engine.dispatch.Leases;
import dev.baton.engine.dispatch.ReadyQueues;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Actors as operators see them: dispatch state read from Hazelcast (no database), and the levers: block,
 * unblock, task defaults. A change is committed to the database first and then published to every node's
 * directory; unblocking wakes the long polls waiting for the actor.
 */
@ApplicationScoped
public class ActorService {

    private static final int MAX_TIMEOUT_SECONDS = 86_400;

    @Inject
    ActorActivity activity;

    @Inject
    ReadyQueues queues;

    @Inject
    Leases leases;

    @Inject
    ActorDirectory directory;

    @Inject
    CompletionMeter meter;

    @Inject
    Dispatcher dispatcher;

    @Inject
    EngineSettings settings;

    @Inject
    Clock clock;

    @Inject
    ActorRegistry registry;

    @EJB
    BlockActorCommand blockCommand;

    @EJB
    UpdateActorDefaultsCommand defaultsCommand;

    public List<ActorView> actors() {
        Map<String, Instant> polls = activity.lastPolls();
        Map<String, ActorDirectory.Snapshot> configured = directory.all();
        Map<String, Long> completions = meter.lastMinuteByActor();
        TreeSet<String> names = new TreeSet<>(polls.keySet());
        names.addAll(configured.keySet());
        List<ActorView> views = new ArrayList<>();
        for (String actor : names) {
            views.add(view(actor, polls.get(actor), configured.get(actor), completions.getOrDefault(actor, 0L)));
        }
        return views;
    }

    /** One actor's view, computed for that actor alone (the queue, lease and meter reads of one actor). */
    public Optional<ActorView> actor(String name) {
        String actor = ActorName.canonical(name);
        Map<String, Instant> polls = activity.lastPolls();
        ActorDirectory.Snapshot snapshot = directory.all().get(actor);
        if (!polls.containsKey(actor) && snapshot == null) {
            return Optional.empty();
        }
        return Optional.of(view(actor, polls.get(actor), snapshot, meter.lastMinuteByActor().getOrDefault(actor, 0L)));
    }

    /** Makes the actor known (see {@link ActorRegistry}), e.g. before its first start when registration is required. */
    public ActorView register(String name, String operator) {
        String actor = ActorName.canonical(name);
        registry.register(actor, operator);
        return actor(actor).orElseThrow();
    }

    public ActorView block(String name, String operator, String reason) {
        return publish(firstRowRace(() -> blockCommand.execute(ActorName.canonical(name), true, operator, reason)), false);
    }

    public ActorView unblock(String name, String operator, String reason) {
        return publish(firstRowRace(() -> blockCommand.execute(ActorName.canonical(name), false, operator, reason)), true);
    }

    public ActorView updateDefaults(String name, ActorDefaults defaults, String operator) {
        if (defaults.retry() != null) {
            defaults.retry().over(settings.defaultRetryPolicy());
        }
        checkSeconds("timeoutSeconds", defaults.timeoutSeconds());
        checkSeconds("scheduleToStartSeconds", defaults.scheduleToStartSeconds());
        return publish(firstRowRace(() -> defaultsCommand.execute(ActorName.canonical(name), defaults, operator)), false);
    }

    /**
     * Runs a command that may create the actor's row. When another node (or the actor's first poll, which
     * registers it in the background) created the row at the same moment, the insert fails on the primary key;
     * the second try finds the row and locks it.
     */
    private static ActorSettings firstRowRace(Supplier<ActorSettings> command) {
        try {
            return command.get();
        } catch (EJBException e) {
            return command.get();
        }
    }

    private ActorView publish(ActorSettings changed, boolean wake) {
        directory.publish(changed);
        if (wake) {
            Effects effects = new Effects();
            effects.wake(changed.name());
            dispatcher.apply(effects);
        }
        return actor(changed.name()).orElseThrow();
    }

    private ActorView view(String actor, Instant lastPoll, ActorDirectory.Snapshot snapshot, long completions) {
        Instant now = clock.instant();
        Long oldest = queues.oldestReadyAt(actor).map(at -> Math.max(0, Duration.between(at, now).toSeconds())).orElse(null);
        return new ActorView(actor, queues.depth(actor), oldest, leases.countForActor(actor), lastPoll,
                snapshot != null && snapshot.blocked(), snapshot == null ? null : snapshot.blockedAt(),
                snapshot == null ? null : snapshot.blockedBy(), completions,
                snapshot == null ? ActorDefaults.NONE : snapshot.defaults());
    }

    private static void checkSeconds(String field, Integer seconds) {
        if (seconds != null && (seconds < 1 || seconds > MAX_TIMEOUT_SECONDS)) {
            throw new InvalidInputException("invalid-field", field + " must be between 1 and " + MAX_TIMEOUT_SECONDS + ".");
        }
    }
}
