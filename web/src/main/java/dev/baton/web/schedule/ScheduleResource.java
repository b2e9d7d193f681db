package dev.baton.web.schedule;

import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.JsonText;
import dev.baton.domain.common.NotFoundException;
import dev.baton.domain.schedule.CatchUpPolicy;
import dev.baton.domain.schedule.OverlapPolicy;
import dev.baton.domain.schedule.ScheduleDefinition;
import dev.baton.engine.schedule.ScheduleService;
import dev.baton.engine.schedule.ScheduleView;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.util.Arrays;

/**
 * {@code /schedules}: cron schedules that start processes. Reading needs {@code baton-viewer} or
 * {@code baton-admin}; every change needs {@code baton-admin} and is written to the audit log.
 */
@Path("/schedules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    static final int DEFAULT_MAX_FAILURES = 5;
    private static final String[] DEFINITION = {"description", "cron", "timeZone", "actor", "args", "businessKeyTemplate",
            "overlapPolicy", "maxRunning", "catchUp", "maxFailures", "enabled"};

    @Inject
    ScheduleService schedules;

    @Inject
    JsonBody body;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({"baton-admin", "baton-viewer"})
    public JsonArray list() {
        JsonArrayBuilder items = JsonText.JSON.createArrayBuilder();
        schedules.all().forEach(s -> items.add(ScheduleDto.of(s)));
        return items.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("baton-admin")
    public Response create(InputStream in) {
        Fields fields = body.read(in).allowOnly(withName());
        String name = fields.requiredString("name");
        ScheduleView created = schedules.create(name, definition(fields), fields.bool("enabled", true), operator());
        return Response.created(uri.getBaseUriBuilder().path("schedules").path(name).build())
                .entity(ScheduleDto.of(created)).build();
    }

    @GET
    @Path("/{name}")
    @RolesAllowed({"baton-admin", "baton-viewer"})
    public JsonObject get(@PathParam("name") String name) {
        return ScheduleDto.of(schedules.get(name));
    }

    /**
     * Replaces the schedule's definition (fields left out take their defaults), or creates it: PUT is safe to
     * repeat, so schedules can be kept as configuration. {@code enabled} pauses or resumes it; left out, the
     * state stays as it is (a new schedule is enabled).
     */
    @PUT
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("baton-admin")
    public Response put(@PathParam("name") String name, InputStream in) {
        Fields fields = body.read(in).allowOnly(withName());
        String named = fields.string("name");
        if (named != null && !named.equals(name)) {
            throw new InvalidInputException("invalid-field",
                    "Field 'name' must match the path; a schedule cannot be renamed.");
        }
        ScheduleDefinition definition = definition(fields);
        Boolean enabled = fields.has("enabled") ? fields.bool("enabled", true) : null;
        try {
            return Response.ok(ScheduleDto.of(schedules.update(name, definition, enabled, operator()))).build();
        } catch (NotFoundException e) {
            ScheduleView created = schedules.create(name, definition, enabled == null || enabled, operator());
            return Response.created(uri.getAbsolutePath()).entity(ScheduleDto.of(created)).build();
        }
    }

    @DELETE
    @Path("/{name}")
    @RolesAllowed("baton-admin")
    public Response delete(@PathParam("name") String name) {
        schedules.delete(name, operator());
        return Response.noContent().build();
    }

    @POST
    @Path("/{name}/pause")
    @RolesAllowed("baton-admin")
    public JsonObject pause(@PathParam("name") String name, InputStream in) {
        return ScheduleDto.of(schedules.pause(name, operator(), reason(in)));
    }

    @POST
    @Path("/{name}/resume")
    @RolesAllowed("baton-admin")
    public JsonObject resume(@PathParam("name") String name, InputStream in) {
        return ScheduleDto.of(schedules.resume(name, operator(), reason(in)));
    }

    /** Fires the schedule now; the answer is the run (started, skipped-overlap, duplicate-key or failed). */
    @POST
    @Path("/{name}/trigger")
    @RolesAllowed("baton-admin")
    public JsonObject trigger(@PathParam("name") String name, InputStream in) {
        reason(in);
        return ScheduleDto.run(schedules.trigger(name, operator()));
    }

    @GET
    @Path("/{name}/runs")
    @RolesAllowed({"baton-admin", "baton-viewer"})
    public JsonArray runs(@PathParam("name") String name, @QueryParam("limit") String limit) {
        JsonArrayBuilder items = JsonText.JSON.createArrayBuilder();
        schedules.runs(name, Query.integer("limit", limit)).forEach(r -> items.add(ScheduleDto.run(r)));
        return items.build();
    }

    private static String[] withName() {
        String[] names = Arrays.copyOf(DEFINITION, DEFINITION.length + 1);
        names[DEFINITION.length] = "name";
        return names;
    }

    private static ScheduleDefinition definition(Fields f) {
        var args = f.array("args");
        Integer maxRunning = f.integer("maxRunning");
        Integer maxFailures = f.integer("maxFailures");
        return new ScheduleDefinition(f.string("description"), f.requiredString("cron"), f.string("timeZone"),
                f.requiredString("actor"), args == null ? null : JsonText.write(args), f.string("businessKeyTemplate"),
                OverlapPolicy.fromWire(f.string("overlapPolicy")), maxRunning == null ? 1 : maxRunning,
                CatchUpPolicy.fromWire(f.string("catchUp")), maxFailures == null ? DEFAULT_MAX_FAILURES : maxFailures);
    }

    private String operator() {
        return security.getUserPrincipal().getName();
    }

    private String reason(InputStream in) {
        Fields fields = body.readOptional(in);
        return fields == null ? null : fields.allowOnly("reason").string("reason");
    }
}
