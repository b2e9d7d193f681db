package dev.baton.engine.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.config.ListenerConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.baton.engine.dispatch.NodeIdentity;
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

import java.util.logging.Logger;

/**
 * Starts this node's Hazelcast member with the deployment and stops it with the deployment. Hazelcast
 * holds only what can be rebuilt from the database (queues, leases, statistics, the node registry), so its
 * members join a configured list of addresses and nothing else (see {@link HazelcastConfiguration}).
 * Members joining and leaving are logged on every node.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class HazelcastMember {

    private static final Logger LOG = Logger.getLogger(HazelcastMember.class.getName());

    @Inject
    ClusterSettings settings;

    @Inject
    NodeIdentity node;

    @Inject
    NodeRoles roles;

    private HazelcastInstance instance;

    @PostConstruct
    void start() {
        ListenerConfig membership = new ListenerConfig(new MembershipLog());
        instance = Hazelcast.newHazelcastInstance(
                HazelcastConfiguration.build(settings, node.name(), roles.label(), membership));
        LOG.info(() -> "Hazelcast member of node " + node.name() + " (roles " + roles.label() + ") started: cluster "
                + settings.name() + ", members " + instance.getCluster().getMembers());
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

    /** The node name a member announced, or its address for a member that is not a Baton node. */
    static String nodeOf(Member member) {
        String name = member.getAttribute(HazelcastConfiguration.NODE_ATTRIBUTE);
        return name != null ? name : String.valueOf(member.getAddress());
    }

    static boolean isExecutor(Member member) {
        return NodeRoles.includesExecutor(member.getAttribute(HazelcastConfiguration.ROLES_ATTRIBUTE));
    }

    /** Logs joins and departures as each member sees them, with the size of the cluster that remains. */
    private static final class MembershipLog implements MembershipListener {

        @Override
        public void memberAdded(MembershipEvent event) {
            Member member = event.getMember();
            LOG.info(() -> "Node joined the cluster: " + nodeOf(member) + " at " + member.getAddress() + " (roles "
                    + member.getAttribute(HazelcastConfiguration.ROLES_ATTRIBUTE) + "); members now "
                    + event.getMembers().size());
        }

        @Override
        public void memberRemoved(MembershipEvent event) {
            Member member = event.getMember();
            LOG.warning(() -> "Node left the cluster: " + nodeOf(member) + " at " + member.getAddress()
                    + "; members now " + event.getMembers().size()
                    + ". Its queues and leases continue from the backups; the reconciler restores anything lost.");
        }
    }
}
