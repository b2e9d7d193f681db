package dev.baton.web.actor;

import dev.baton.domain.common.JsonText;
import dev.baton.engine.actor.ActorService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import static dev.baton.web.json.JsonOut.number;
import static dev.baton.web.json.JsonOut.object;
import static dev.baton.web.json.JsonOut.time;

/** {@code /actors}: queue depth, age of the oldest ready task, leases in flight and last poll per actor. */
@Path("/actors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ActorResource {

    @Inject
    ActorService actors;

    @GET
    @RolesAllowed({"baton-client", "baton-worker", "baton-admin", "baton-viewer"})
    public JsonArray list() {
        JsonArrayBuilder array = JsonText.JSON.createArrayBuilder();
        actors.actors().forEach(a -> array.add(object()
                .add("actor", a.actor())
                .add("queueDepth", a.queueDepth())
                .add("oldestReadySeconds", number(a.oldestReadySeconds()))
                .add("inFlight", a.inFlight())
                .add("lastPollAt", time(a.lastPollAt()))
                .build()));
        return array.build();
    }
}
