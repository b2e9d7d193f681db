package dev.baton.web.process;

import dev.baton.domain.common.JsonText;
import dev.baton.engine.event.EventService;
import dev.baton.engine.operation.ProcessOperations;
import dev.baton.engine.process.ProcessPage;
import dev.baton.engine.process.ProcessSearch;
import dev.baton.engine.process.ProcessService;
import dev.baton.engine.process.StartOutcome;
import dev.baton.engine.process.StartRequest;
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
import jakarta.ws.rs.HeaderParam;
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

import static dev.baton.web.json.JsonOut.object;
import static dev.baton.web.json.JsonOut.text;

/**
 * {@code /processes}: start, read and list processes, their tasks, history and events; deliver events to
 * them; and the operators' levers on one process (suspend, resume, cancel, restart, abandon). A 201 or 200
 * answer to a start means the process is committed.
 */
@Path("/processes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProcessResource {

    @Inject
    ProcessService processes;

    @Inject
    JsonBody body;

    @Context
    UriInfo uri;

    @Inject
    ProcessOperations operations;

    @Inject
    EventService events;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"baton-client", "baton-admin"})
    public Response start(InputStream in) {
        StartOutcome outcome = processes.start(StartRequest.read(body.read(in)));
        JsonObject dto = ProcessDto.of(outcome.process());
        if (outcome.created()) {
            return Response.created(uri.getBaseUriBuilder().path("processes").path(outcome.process().id()).build())
                    .entity(dto).build();
        }
        return Response.ok(dto).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"baton-client", "baton-admin", "baton-viewer"})
    public JsonObject get(@PathParam("id") String id) {
        return ProcessDto.of(processes.get(id));
    }

    @GET
    @RolesAllowed({"baton-client", "baton-admin", "baton-viewer"})
    public JsonObject list(@QueryParam("state") String state, @QueryParam("actor") String actor,
                           @QueryParam("businessKey") String businessKey, @QueryParam("errorType") String errorType,
                           @QueryParam("causeActor") String causeActor, @QueryParam("createdFrom") String createdFrom,
                           @QueryParam("createdTo") String createdTo, @QueryParam("endedFrom") String endedFrom,
                           @QueryParam("endedTo") String endedTo, @QueryParam("limit") String limit,
                           @QueryParam("cursor") String cursor, @QueryParam("schedule") String schedule) {
        ProcessPage page = processes.list(new ProcessSearch(state, actor, businessKey, errorType, causeActor,
                Query.instant("createdFrom", createdFrom), Query.instant("createdTo", createdTo),
                Query.instant("endedFrom", endedFrom), Query.instant("endedTo", endedTo), cursor, schedule),
                Query.integer("limit", limit));
        JsonArrayBuilder items = JsonText.JSON.createArrayBuilder();
        page.items().forEach(p -> items.add(ProcessDto.of(p)));
        return object().add("items", items).add("next", text(page.next())).build();
    }

    @GET
    @Path("/{id}/tasks")
    @RolesAllowed({"baton-client", "baton-admin", "baton-viewer"})
    public JsonArray tasks(@PathParam("id") String id) {
        JsonArrayBuilder items = JsonText.JSON.createArrayBuilder();
        processes.tasks(id).forEach(t -> items.add(TaskDto.of(t)));
        return items.build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({"baton-client", "baton-admin", "baton-viewer"})
    public JsonArray history(@PathParam("id") String id, @QueryParam("limit") String limit) {
        Integer max = Query.integer("limit", limit);
        JsonArrayBuilder items = JsonText.JSON.createArrayBuilder();
        processes.history(id, max == null ? 1000 : max).forEach(h -> items.add(HistoryDto.of(h)));
        return items.build();
    }

    @GET
    @Path("/{id}/events")
    @RolesAllowed({"baton-client", "baton-admin", "baton-viewer"})
    public JsonArray events(@PathParam("id") String id) {
        JsonArrayBuilder items = JsonText.JSON.createArrayBuilder();
        processes.events(id).forEach(e -> items.add(EventDto.of(e)));
        return items.build();
    }

    /** The body is the event's payload (any JSON); an {@code Idempotency-Key} header makes redelivery harmless. */
    @POST
    @Path("/{id}/events/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"baton-client", "baton-admin"})
    public Response deliverEvent(@PathParam("id") String id, @PathParam("name") String name,
                                 @HeaderParam("Idempotency-Key") String key, InputStream in) {
        return EventDto.answer(events.deliver(id, name, body.readValue(in), key));
    }

    @POST
    @Path("/{id}/suspend")
    @RolesAllowed("baton-admin")
    public JsonObject suspend(@PathParam("id") String id, InputStream in) {
        return ProcessDto.of(operations.suspend(id, operator(), reason(in)));
    }

    @POST
    @Path("/{id}/resume")
    @RolesAllowed("baton-admin")
    public JsonObject resume(@PathParam("id") String id, InputStream in) {
        return ProcessDto.of(operations.resume(id, operator(), reason(in)));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed("baton-admin")
    public JsonObject cancel(@PathParam("id") String id, InputStream in) {
        return ProcessDto.of(operations.cancel(id, operator(), reason(in)));
    }

    @POST
    @Path("/{id}/restart")
    @RolesAllowed("baton-admin")
    public JsonObject restart(@PathParam("id") String id, InputStream in) {
        return ProcessDto.of(operations.restart(id, operator(), reason(in)));
    }

    @POST
    @Path("/{id}/abandon")
    @RolesAllowed("baton-admin")
    public JsonObject abandon(@PathParam("id") String id, InputStream in) {
        return ProcessDto.of(operations.abandon(id, operator(), reason(in)));
    }

    private String operator() {
        return security.getUserPrincipal().getName();
    }

    /** Operations take an optional body {@code {"reason": "..."}}; an empty body is fine. */
    private String reason(InputStream in) {
        Fields fields = body.readOptional(in);
        return fields == null ? null : fields.allowOnly("reason").string("reason");
    }
}
