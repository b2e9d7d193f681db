package dev.baton.engine.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.IndexConfig;
import com.hazelcast.config.IndexType;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.ListenerConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MergePolicyConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.config.QueueConfig;
import com.hazelcast.spi.merge.PutIfAbsentMergePolicy;
import dev.baton.engine.dispatch.CompletionMeter;
import dev.baton.engine.dispatch.Leases;
import dev.baton.engine.dispatch.ReadyQueues;

/**
 * Builds the member's configuration. Members find each other only through the configured list (one live
 * member's address is enough to join); multicast and cloud auto-detection are off. Failure detection is
 * tightened so that a dead or paused member is noticed within seconds, and split clusters look for each
 * other within seconds, because the queues and leases of a member that is gone wait for it.
 */
final class HazelcastConfiguration {

    /** Member attributes, so every member can tell which others may be elected and what they are called. */
    static final String NODE_ATTRIBUTE = "baton.node";
    static final String ROLES_ATTRIBUTE = "baton.roles";

    private HazelcastConfiguration() {
    }

    static Config build(ClusterSettings settings, String nodeName, String roles, ListenerConfig membership) {
        Config config = new Config();
        config.setClusterName(settings.name());
        config.setInstanceName("baton-" + nodeName + "-" + System.nanoTime());
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.heartbeat.interval.seconds", String.valueOf(settings.heartbeatIntervalSeconds()));
        config.setProperty("hazelcast.max.no.heartbeat.seconds", String.valueOf(settings.heartbeatTimeoutSeconds()));
        config.setProperty("hazelcast.merge.first.run.delay.seconds", String.valueOf(settings.mergeDelaySeconds()));
        config.setProperty("hazelcast.merge.next.run.delay.seconds", String.valueOf(settings.mergeDelaySeconds()));
        // A member that left must not stall operations for long on the others while they notice it.
        config.setProperty("hazelcast.operation.call.timeout.millis", "30000");
        config.getJetConfig().setEnabled(false);
        config.getMemberAttributeConfig().setAttribute(NODE_ATTRIBUTE, nodeName).setAttribute(ROLES_ATTRIBUTE, roles);
        config.addListenerConfig(membership);

        NetworkConfig network = config.getNetworkConfig();
        network.setPort(settings.port()).setPortAutoIncrement(true).setPortCount(20);
        network.getInterfaces().setEnabled(true).addInterface(settings.bindInterface());
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        settings.members().forEach(m -> join.getTcpIpConfig().addMember(m));

        // After a split, the larger side's entries win; a returning member's stale entries only fill holes,
        // and those are fenced by the attempt number in the database (see docs/reliability.md).
        MergePolicyConfig keepExisting = new MergePolicyConfig(PutIfAbsentMergePolicy.class.getName(), 1000);
        config.addMapConfig(new MapConfig(Leases.LEASES).setBackupCount(1).setMergePolicyConfig(keepExisting)
                .addIndexConfig(new IndexConfig(IndexType.SORTED, "expiresAt"))
                .addIndexConfig(new IndexConfig(IndexType.HASH, "node")));
        config.addMapConfig(new MapConfig(ReadyQueues.PAYLOADS).setBackupCount(1).setMergePolicyConfig(keepExisting));
        config.addMapConfig(new MapConfig(CompletionMeter.COMPLETIONS).setBackupCount(1)
                .setTimeToLiveSeconds(CompletionMeter.KEEP_SECONDS).setMergePolicyConfig(keepExisting)
                .addIndexConfig(new IndexConfig(IndexType.SORTED, "second"))
                .addIndexConfig(new IndexConfig(IndexType.HASH, "node")));
        config.addMapConfig(new MapConfig(NodeRegistry.NODES).setBackupCount(1)
                .setTimeToLiveSeconds(NodeRegistry.FORGET_AFTER_SECONDS));
        config.addQueueConfig(new QueueConfig(ReadyQueues.QUEUE_PREFIX + "*").setBackupCount(1)
                .setMergePolicyConfig(keepExisting));
        return config;
    }
}
