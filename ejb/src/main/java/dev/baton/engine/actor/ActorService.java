package dev.baton.engine.actor;

import dev.baton.engine.dispatch.ActorActivity;
import dev.baton.engine.dispatch.Leases;
import dev.baton.engine.dispatch.ReadyQueues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the actors' dispatch state from Hazelcast; nothing here touches the database. */
@ApplicationScoped
public class ActorService {

    @Inject
    ActorActivity activity;

    @Inject
    ReadyQueues queues;

    @Inject
    Leases leases;

    @Inject
    Clock clock;

    public List<ActorView> actors() {
        Instant now = clock.instant();
        List<ActorView> views = new ArrayList<>();
        for (Map.Entry<String, Instant> entry : activity.lastPolls().entrySet()) {
            String actor = entry.getKey();
            Long oldest = queues.oldestReadyAt(actor).map(at -> Math.max(0, Duration.between(at, now).toSeconds())).orElse(null);
            views.add(new ActorView(actor, queues.depth(actor), oldest, leases.countForActor(actor), entry.getValue()));
        }
        return views;
    }
}
