package dev.baton.engine.cluster;

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

/** Registers this node when it starts and refreshes its registry record every second (every role). */
@Singleton
@Startup
@DependsOn("HazelcastMember")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NodeHeartbeat {

    private static final Logger LOG = Logger.getLogger(NodeHeartbeat.class.getName());

    @Inject
    NodeRegistry registry;

    @PostConstruct
    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void beat() {
        try {
            registry.heartbeat();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Refreshing this node's registry record failed; the next second retries", e);
        }
    }
}
