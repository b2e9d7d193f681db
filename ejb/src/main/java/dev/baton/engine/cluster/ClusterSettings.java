package dev.baton.engine.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The cluster's settings (MicroProfile Config; system property or environment variable, e.g.
 * {@code BATON_CLUSTER_MEMBERS}). The defaults make a single node on 127.0.0.1 work with no file.
 */
@ApplicationScoped
public class ClusterSettings {

    @Inject
    @ConfigProperty(name = "baton.cluster.name", defaultValue = "baton")
    String name;

    @Inject
    @ConfigProperty(name = "baton.cluster.port", defaultValue = "5701")
    int port;

    @Inject
    @ConfigProperty(name = "baton.cluster.members", defaultValue = "127.0.0.1")
    String members;

    @Inject
    @ConfigProperty(name = "baton.cluster.interface", defaultValue = "127.0.0.1")
    String bindInterface;

    /** How often members send heartbeats; Hazelcast's default is 5 s. */
    @Inject
    @ConfigProperty(name = "baton.cluster.heartbeat-interval-seconds", defaultValue = "1")
    int heartbeatIntervalSeconds;

    /** A member silent this long is removed (Hazelcast's default is 60 s: too long for leases to wait on). */
    @Inject
    @ConfigProperty(name = "baton.cluster.heartbeat-timeout-seconds", defaultValue = "10")
    int heartbeatTimeoutSeconds;

    /** How soon, and how often, split clusters look for each other to merge (Hazelcast: 300 s / 120 s). */
    @Inject
    @ConfigProperty(name = "baton.cluster.merge-delay-seconds", defaultValue = "10")
    int mergeDelaySeconds;

    /** The coordinator's database lease; renewed every second, taken over by another executor when it runs out. */
    @Inject
    @ConfigProperty(name = "baton.cluster.coordinator-lease-seconds", defaultValue = "10")
    int coordinatorLeaseSeconds;

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public List<String> members() {
        return Arrays.stream(members.split(",")).map(String::trim).filter(m -> !m.isEmpty()).toList();
    }

    public String bindInterface() {
        return bindInterface;
    }

    public int heartbeatIntervalSeconds() {
        return heartbeatIntervalSeconds;
    }

    public int heartbeatTimeoutSeconds() {
        return heartbeatTimeoutSeconds;
    }

    public int mergeDelaySeconds() {
        return mergeDelaySeconds;
    }

    public Duration coordinatorLease() {
        return Duration.ofSeconds(coordinatorLeaseSeconds);
    }
}
