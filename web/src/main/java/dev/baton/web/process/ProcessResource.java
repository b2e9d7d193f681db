package dev.baton.web.process;

import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.JsonText;
import dev.baton.engine.process.ProcessPage;
import dev.baton.engine.process.ProcessService;
import dev.baton.engine.process.StartOutcome;
import dev.baton.engine.process.StartRequest;
import dev.baton.web.json.Fields;
import dev.baton.web.json.JsonBody;
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
import jakarta.ws.rs.core.UriInfo;

import java.io.InputStream;

import static dev.baton.web.json.JsonOut.object;
import static dev.baton.web.json.JsonOut.text;

/** {@code /processes}. A 201 or 200 answer to a start means the process is committed. */
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"baton-client", "baton-admin"})
    public Response start(InputStream in) {
        Fields fields = body.read(in).allowOnly("actor", "args", "businessKey");
        JsonArray args = fields.array("args");
        StartOutcome outcome = processes.start(new StartRequest(fields.requiredString("actor"),
                args == null ? JsonArray.EMPTY_JSON_ARRAY : args, fields.string("businessKey")));
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
                           @QueryParam("businessKey") String businessKey, @QueryParam("limit") String limit,
                           @QueryParam("cursor") String cursor) {
        ProcessPage page = processes.list(state, actor, businessKey, parseLimit(limit), cursor);
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

    private static Integer parseLimit(String limit) {
        if (limit == null) {
            return null;
        }
        try {
            return Integer.valueOf(limit);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("invalid-filter", "limit must be an integer.");
        }
    }
}
