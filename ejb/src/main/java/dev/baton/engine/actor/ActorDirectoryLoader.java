package dev.baton.engine.actor;

import dev.baton.domain.actor.ActorSettingsRepository;
import dev.baton.engine.cluster.Coordinator;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fills the in-memory {@link ActorDirectory} from the database when the node starts, and refreshes it every
 * half minute (on the coordinator), so settings survive a cold restart of the whole cluster and a lost update heals by itself.
 */
@Singleton
@Startup
@DependsOn("HazelcastMember")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ActorDirectoryLoader {

    private static final Logger LOG = Logger.getLogger(ActorDirectoryLoader.class.getName());

    @Inject
    ActorSettingsRepository settings;

    @Inject
    ActorDirectory directory;

    @Inject
    Coordinator coordinator;

    @PostConstruct
    void load() {
        publish();
    }

    /** The replicated map is cluster-wide: the coordinator alone refreshes it. */
    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    public void refresh() {
        if (coordinator.term().isPresent()) {
            publish();
        }
    }

    private void publish() {
        try {
            directory.publishAll(settings.all());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Refreshing the actor settings from the database failed; the next run retries", e);
        }
    }
}
