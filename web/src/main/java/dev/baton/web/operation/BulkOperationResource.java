package dev.baton.web.operation;

import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.JsonText;
import dev.baton.domain.operation.BulkAction;
import dev.baton.engine.operation.BulkOperations;
import dev.baton.engine.operation.BulkView;
import dev.baton.engine.process.ProcessSearch;
import dev.baton.domain.common.Fields;
import dev.baton.web.json.JsonBody;
import dev.baton.web.json.Query;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import java.io.InputStream;
import java.time.Duration;

import static dev.baton.web.json.JsonOut.json;
import static dev.baton.web.json.JsonOut.object;
import static dev.baton.web.json.JsonOut.text;
import static dev.baton.web.json.JsonOut.time;

/**
 * {@code /bulk-operations}: one action (suspend, resume, cancel, restart, abandon) over every process a
 * filter selects. The operation runs in the background in small transactions; the answer is {@code 202}
 * with its Location, or {@code 200} with the final counts when it ended within {@code waitSeconds}.
 */
@Path("/bulk-operations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("baton-admin")
public class BulkOperationResource {

    private static final int MAX_WAIT_SECONDS = 60;

    @Inject
    BulkOperations bulk;

    @Inject
    JsonBody body;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(InputStream in, @QueryParam("waitSeconds") String waitSeconds) throws InterruptedException {
        Integer wait = Query.integer("waitSeconds", waitSeconds);
        if (wait != null && (wait < 0 || wait > MAX_WAIT_SECONDS)) {
            throw new InvalidInputException("invalid-filter", "waitSeconds must be between 0 and " + MAX_WAIT_SECONDS + ".");
        }
        Fields request = body.read(in).allowOnly("action", "filter", "reason");
        Fields filter = request.object("filter");
        if (filter == null) {
            throw new InvalidInputException("missing-field",
                    "Field 'filter' is required; {} selects every process (the action skips those it does not apply to).");
        }
        BulkView started = bulk.start(BulkAction.fromWire(request.requiredString("action")), search(filter),
                request.string("reason"), security.getUserPrincipal().getName());
        BulkView now = wait == null || wait == 0 ? started : bulk.await(started.id(), Duration.ofSeconds(wait));
        if ("RUNNING".equals(now.state())) {
            return Response.accepted(dto(now))
                    .location(uri.getBaseUriBuilder().path("bulk-operations").path(now.id()).build()).build();
        }
        return Response.ok(dto(now)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"baton-admin", "baton-viewer"})
    public JsonObject get(@PathParam("id") String id) {
        return dto(bulk.get(id));
    }

    @GET
    @RolesAllowed({"baton-admin", "baton-viewer"})
    public JsonArray recent(@QueryParam("limit") String limit) {
        Integer max = Query.integer("limit", limit);
        JsonArrayBuilder items = JsonText.JSON.createArrayBuilder();
        bulk.recent(max == null ? 50 : max).forEach(b -> items.add(dto(b)));
        return items.build();
    }

    /** The same criteria as {@code GET /processes}, as a JSON object. */
    static ProcessSearch search(Fields filter) {
        filter.allowOnly("state", "actor", "businessKey", "errorType", "causeActor", "createdFrom", "createdTo",
                "endedFrom", "endedTo", "schedule");
        return new ProcessSearch(filter.string("state"), filter.string("actor"), filter.string("businessKey"),
                filter.string("errorType"), filter.string("causeActor"), filter.instant("createdFrom"),
                filter.instant("createdTo"), filter.instant("endedFrom"), filter.instant("endedTo"), null,
                filter.string("schedule"));
    }

    static JsonObject dto(BulkView b) {
        return object()
                .add("id", b.id())
                .add("action", b.action())
                .add("filter", json(b.filter()))
                .add("reason", text(b.reason()))
                .add("state", b.state())
                .add("matched", b.matched())
                .add("affected", b.affected())
                .add("skipped", b.skipped())
                .add("requestedBy", b.requestedBy())
                .add("createdAt", time(b.createdAt()))
                .add("endedAt", time(b.endedAt()))
                .add("error", text(b.lastError()))
                .build();
    }
}
