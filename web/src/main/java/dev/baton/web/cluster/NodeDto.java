package dev.baton.web.cluster;

import dev.baton.domain.common.JsonText;
import dev.baton.engine.cluster.NodeView;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import static dev.baton.web.json.JsonOut.object;
import static dev.baton.web.json.JsonOut.time;

/** A node of the cluster on the wire. */
public final class NodeDto {

    private NodeDto() {
    }

    public static JsonObject of(NodeView n) {
        JsonArrayBuilder roles = JsonText.JSON.createArrayBuilder();
        n.roles().forEach(roles::add);
        return object()
                .add("id", n.id())
                .add("address", n.address())
                .add("roles", roles)
                .add("version", n.version())
                .add("startedAt", time(n.startedAt()))
                .add("lastSeen", time(n.lastSeen()))
                .add("state", n.state().name())
                .add("coordinator", n.coordinator())
                .add("leasesHeld", n.leasesHeld())
                .add("completionsPerSecond", Math.round(n.completionsPerSecond() * 100) / 100.0)
                .build();
    }
}
