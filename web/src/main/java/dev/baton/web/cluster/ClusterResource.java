package dev.baton.web.cluster;

import dev.baton.domain.common.JsonText;
import dev.baton.domain.common.NotFoundException;
import dev.baton.engine.cluster.NodeRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /cluster/nodes}: every node the cluster knows, with its roles, state, whether it is the
 * coordinator, the leases in flight through it and its completions per second. Served from Hazelcast by
 * any node, also while the database is down.
 */
@Path("/cluster")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClusterResource {

    @Inject
    NodeRegistry registry;

    @GET
    @Path("/nodes")
    @RolesAllowed({"baton-admin", "baton-viewer"})
    public JsonArray nodes() {
        JsonArrayBuilder array = JsonText.JSON.createArrayBuilder();
        registry.nodes().forEach(n -> array.add(NodeDto.of(n)));
        return array.build();
    }

    @GET
    @Path("/nodes/{id}")
    @RolesAllowed({"baton-admin", "baton-viewer"})
    public JsonObject node(@PathParam("id") String id) {
        return NodeDto.of(registry.find(id).orElseThrow(() ->
                new NotFoundException("unknown-node", "No node " + id + " is known to the cluster.")));
    }
}
