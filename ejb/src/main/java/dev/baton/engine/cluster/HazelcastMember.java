package dev.baton.engine.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.logging.Logger;

/**
 * Starts this node's Hazelcast member with the deployment and stops it with the deployment. Hazelcast
 * holds only what can be rebuilt from the database (queues, leases, statistics), so its members join a
 * configured list of addresses and nothing else; multicast and cloud discovery stay off.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class HazelcastMember {

    private static final Logger LOG = Logger.getLogger(HazelcastMember.class.getName());

    @Inject
    @ConfigProperty(name = "baton.cluster.name", defaultValue = "baton")
    String clusterName;

    @Inject
    @ConfigProperty(name = "baton.cluster.port", defaultValue = "5701")
    int port;

    @Inject
    @ConfigProperty(name = "baton.cluster.members", defaultValue = "127.0.0.1")
    String members;

    @Inject
    @ConfigProperty(name = "baton.cluster.interface", defaultValue = "127.0.0.1")
    String bindInterface;

    private HazelcastInstance instance;

    @PostConstruct
    void start() {
        Config config = new Config();
        config.setClusterName(clusterName);
        config.setInstanceName("baton-" + port + "-" + System.nanoTime());
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(true).setPortCount(20);
        network.getInterfaces().setEnabled(true).addInterface(bindInterface);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        Arrays.stream(members.split(",")).map(String::trim).filter(m -> !m.isEmpty())
                .forEach(m -> join.getTcpIpConfig().addMember(m));
        instance = Hazelcast.newHazelcastInstance(config);
        LOG.info(() -> "Hazelcast member started: cluster " + clusterName + ", members "
                + instance.getCluster().getMembers());
    }

    @PreDestroy
    void stop() {
        if (instance != null) {
            instance.shutdown();
        }
    }

    @Produces
    public HazelcastInstance instance() {
        return instance;
    }

    public boolean isRunning() {
        return instance != null && instance.getLifecycleService().isRunning();
    }
}
