package dev.baton.engine.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.map.IMap;
import dev.baton.domain.cluster.CoordinatorLease;
import dev.baton.domain.common.JsonText;
import dev.baton.engine.dispatch.CompletionMeter;
import dev.baton.engine.dispatch.Leases;
import dev.baton.engine.dispatch.NodeIdentity;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The cluster's nodes: each node writes its record to the Hazelcast map {@code baton.nodes} when it starts
 * and refreshes {@code lastSeen} every second; the state is derived when read, from Hazelcast's member list
 * (a node that left is DOWN at once) and the age of the record (a silent member is SUSPECT). A record
 * expires some minutes after its node was last seen. Liveness is measured on the wall clock, not the
 * engine clock, which tests may move forward.
 */
@ApplicationScoped
public class NodeRegistry {

    public static final String NODES = "baton.nodes";
    static final int FORGET_AFTER_SECONDS = 600;
    private static final Duration SUSPECT_AFTER = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(NodeRegistry.class.getName());

    @Inject
    HazelcastInstance hazelcast;

    @Inject
    NodeIdentity node;

    @Inject
    NodeRoles roles;

    @Inject
    Leases leases;

    @Inject
    CompletionMeter meter;

    @EJB
    CoordinatorElection election;

    /** Writes or refreshes this node's record. */
    public void heartbeat() {
        Member local = hazelcast.getCluster().getLocalMember();
        JsonObject record = JsonText.JSON.createObjectBuilder()
                .add("id", node.name())
                .add("incarnation", node.incarnation())
                .add("member", local.getUuid().toString())
                .add("address", local.getAddress().getHost() + ":" + local.getAddress().getPort())
                .add("roles", roles.label())
                .add("version", version())
                .add("startedAt", node.startedAt().toEpochMilli())
                .add("lastSeen", Instant.now().toEpochMilli())
                .build();
        map().set(node.name(), new HazelcastJsonValue(JsonText.write(record)));
    }

    /** Every known node, members first, then by name. */
    public List<NodeView> nodes() {
        Set<String> members = hazelcast.getCluster().getMembers().stream()
                .map(m -> m.getUuid().toString()).collect(Collectors.toSet());
        String coordinator = coordinatorHolder();
        Instant now = Instant.now();
        List<NodeView> views = new ArrayList<>();
        map().forEach((name, value) -> {
            JsonObject record = JsonText.parse(value.getValue()).asJsonObject();
            Instant lastSeen = Instant.ofEpochMilli(record.getJsonNumber("lastSeen").longValue());
            NodeState state = !members.contains(record.getString("member")) ? NodeState.DOWN
                    : lastSeen.isBefore(now.minus(SUSPECT_AFTER)) ? NodeState.SUSPECT : NodeState.UP;
            String id = record.getString("id");
            views.add(new NodeView(id, record.getString("address"),
                    Arrays.asList(record.getString("roles").split(",")), record.getString("version"),
                    Instant.ofEpochMilli(record.getJsonNumber("startedAt").longValue()), lastSeen, state,
                    state != NodeState.DOWN && record.getString("incarnation").equals(coordinator),
                    leases.countByNode(id), meter.perSecondByNode(id)));
        });
        views.sort(Comparator.comparing((NodeView v) -> v.state() == NodeState.DOWN).thenComparing(NodeView::id));
        return views;
    }

    public Optional<NodeView> find(String id) {
        return nodes().stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The registry still answers while the database is down; only the coordinator flag is then unknown. */
    private String coordinatorHolder() {
        try {
            return election.current().map(CoordinatorLease::holder).orElse(null);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Reading the coordinator lease failed", e);
            return null;
        }
    }

    private static String version() {
        String version = NodeRegistry.class.getPackage().getImplementationVersion();
        return version != null ? version : "unknown";
    }

    private IMap<String, HazelcastJsonValue> map() {
        return hazelcast.getMap(NODES);
    }
}
