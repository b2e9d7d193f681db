package dev.baton.web.operation;

import dev.baton.domain.common.JsonText;
import dev.baton.engine.process.ProcessService;
import dev.baton.web.json.Query;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import static dev.baton.web.json.JsonOut.object;
import static dev.baton.web.json.JsonOut.text;
import static dev.baton.web.json.JsonOut.time;

/**
 * {@code GET /broken-tasks?from=&to=}: the failed processes of a time range (by end time) grouped by the
 * actor whose task failed, the error type and the start actor, biggest group first, each with its count and
 * newest message. Repair a group with a bulk operation whose filter is the group's.
 */
@Path("/broken-tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BrokenTaskResource {

    @Inject
    ProcessService processes;

    @GET
    @RolesAllowed({"baton-admin", "baton-viewer"})
    public JsonArray groups(@QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("limit") String limit) {
        JsonArrayBuilder items = JsonText.JSON.createArrayBuilder();
        processes.brokenGroups(Query.requiredInstant("from", from), Query.requiredInstant("to", to),
                Query.integer("limit", limit)).forEach(g -> items.add(object()
                .add("causeActor", text(g.causeActor()))
                .add("errorType", text(g.errorType()))
                .add("startActor", g.startActor())
                .add("count", g.count())
                .add("newestAt", time(g.newestAt()))
                .add("newestProcessId", text(g.newestProcessId()))
                .add("newestMessage", text(g.newestMessage()))
                .add("filter", object()
                        .add("state", "FAILED")
                        .add("actor", g.startActor())
                        .add("causeActor", text(g.causeActor()))
                        .add("errorType", text(g.errorType()))
                        .add("endedFrom", from)
                        .add("endedTo", to))
                .build()));
        return items.build();
    }
}
