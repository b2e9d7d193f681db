package dev.baton.web.actor;

import dev.baton.domain.common.JsonText;
import dev.baton.domain.common.NotFoundException;
import dev.baton.domain.decision.RetrySpec;
import dev.baton.engine.actor.ActorDefaults;
import dev.baton.engine.actor.ActorService;
import dev.baton.engine.actor.ActorView;
import dev.baton.domain.common.Fields;
import dev.baton.web.json.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import java.io.InputStream;

import static dev.baton.web.json.JsonOut.number;
import static dev.baton.web.json.JsonOut.object;
import static dev.baton.web.json.JsonOut.text;
import static dev.baton.web.json.JsonOut.time;

/**
 * {@code /actors}: queue depth, age of the oldest ready task, leases in flight, last poll, completions per
 * minute, blocked flag and task defaults per actor; blocking, unblocking and setting defaults (admin). In
 * paths the {@code #} of {@code name#version} is written {@code %23}.
 */
@Path("/actors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ActorResource {

    private static final double MS = 1000.0;

    @Inject
    ActorService actors;

    @Inject
    JsonBody body;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({"baton-client", "baton-worker", "baton-admin", "baton-viewer"})
    public JsonArray list() {
        JsonArrayBuilder array = JsonText.JSON.createArrayBuilder();
        actors.actors().forEach(a -> array.add(dto(a)));
        return array.build();
    }

    @GET
    @Path("/{actor}")
    @RolesAllowed({"baton-client", "baton-worker", "baton-admin", "baton-viewer"})
    public JsonObject get(@PathParam("actor") String actor) {
        return dto(actors.actor(actor).orElseThrow(() ->
                new NotFoundException("unknown-actor", "No actor " + actor + " is known to the cluster.")));
    }

    /** Makes the actor known, so it can be started while {@code baton.actors.require-registration} is on. */
    @POST
    @Path("/{actor}/register")
    @RolesAllowed("baton-admin")
    public JsonObject register(@PathParam("actor") String actor) {
        return dto(actors.register(actor, operator()));
    }

    @POST
    @Path("/{actor}/block")
    @RolesAllowed("baton-admin")
    public JsonObject block(@PathParam("actor") String actor, InputStream in) {
        return dto(actors.block(actor, operator(), reason(in)));
    }

    @POST
    @Path("/{actor}/unblock")
    @RolesAllowed("baton-admin")
    public JsonObject unblock(@PathParam("actor") String actor, InputStream in) {
        return dto(actors.unblock(actor, operator(), reason(in)));
    }

    /** Body: {@code {retry?: RetryPolicy, timeoutSeconds?, scheduleToStartSeconds?}}; left out = engine default. */
    @PUT
    @Path("/{actor}/defaults")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("baton-admin")
    public JsonObject defaults(@PathParam("actor") String actor, InputStream in) {
        Fields fields = body.read(in).allowOnly("retry", "timeoutSeconds", "scheduleToStartSeconds");
        Fields retry = fields.object("retry");
        RetrySpec spec = null;
        if (retry != null) {
            retry.allowOnly("maxAttempts", "initialIntervalSeconds", "backoffCoefficient", "maxIntervalSeconds");
            spec = new RetrySpec(retry.integer("maxAttempts"), millis(retry.number("initialIntervalSeconds")),
                    retry.number("backoffCoefficient"), millis(retry.number("maxIntervalSeconds")));
        }
        return dto(actors.updateDefaults(actor, new ActorDefaults(spec, fields.integer("timeoutSeconds"),
                fields.integer("scheduleToStartSeconds")), operator()));
    }

    private String operator() {
        return security.getUserPrincipal().getName();
    }

    private String reason(InputStream in) {
        Fields fields = body.readOptional(in);
        return fields == null ? null : fields.allowOnly("reason").string("reason");
    }

    private static Long millis(Double seconds) {
        return seconds == null ? null : Math.round(seconds * MS);
    }

    static JsonObject dto(ActorView a) {
        return object()
                .add("actor", a.actor())
                .add("queueDepth", a.queueDepth())
                .add("oldestReadySeconds", number(a.oldestReadySeconds()))
                .add("inFlight", a.inFlight())
                .add("lastPollAt", time(a.lastPollAt()))
                .add("completionsPerMinute", a.completionsPerMinute())
                .add("blocked", a.blocked())
                .add("blockedAt", time(a.blockedAt()))
                .add("blockedBy", text(a.blockedBy()))
                .add("defaults", defaults(a.defaults()))
                .build();
    }

    private static JsonObject defaults(ActorDefaults d) {
        JsonObjectBuilder json = object()
                .add("timeoutSeconds", d.timeoutSeconds() == null ? JsonValue.NULL : JsonText.JSON.createValue(d.timeoutSeconds()))
                .add("scheduleToStartSeconds", d.scheduleToStartSeconds() == null ? JsonValue.NULL
                        : JsonText.JSON.createValue(d.scheduleToStartSeconds()));
        RetrySpec r = d.retry();
        if (r == null) {
            json.add("retry", JsonValue.NULL);
        } else {
            JsonObjectBuilder retry = object();
            if (r.maxAttempts() != null) {
                retry.add("maxAttempts", r.maxAttempts());
            }
            if (r.initialIntervalMs() != null) {
                retry.add("initialIntervalSeconds", r.initialIntervalMs() / MS);
            }
            if (r.backoffCoefficient() != null) {
                retry.add("backoffCoefficient", r.backoffCoefficient());
            }
            if (r.maxIntervalMs() != null) {
                retry.add("maxIntervalSeconds", r.maxIntervalMs() / MS);
            }
            json.add("retry", retry);
        }
        return json.build();
    }
}
