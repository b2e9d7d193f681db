package dev.baton.web.clock;

import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.NotFoundException;
import dev.baton.engine.config.EngineClock;
import dev.baton.domain.common.Fields;
import dev.baton.web.json.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.InputStream;
import java.time.Duration;

import static dev.baton.web.json.JsonOut.object;

/**
 * {@code /clock}: the engine time of the node that answers, so operators can see clock skew between nodes.
 * Servers started with {@code baton.clock.adjustable=true} (integration tests only) also accept
 * {@code POST /clock/advance}, which moves the engine time forward instead of making tests sleep.
 */
@Path("/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {

    @Inject
    EngineClock clock;

    @Inject
    JsonBody body;

    @GET
    @RolesAllowed({"baton-client", "baton-worker", "baton-admin", "baton-viewer"})
    public JsonObject now() {
        return describe();
    }

    @POST
    @Path("/advance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("baton-admin")
    public JsonObject advance(InputStream in) {
        if (!clock.isAdjustable()) {
            throw new NotFoundException("clock-not-adjustable",
                    "This server's clock cannot be moved (it runs with baton.clock.adjustable=false).");
        }
        Fields request = body.read(in).allowOnly("seconds");
        Integer seconds = request.integer("seconds");
        if (seconds == null || seconds < 0) {
            throw new InvalidInputException("invalid-clock-advance", "seconds must be a number of seconds, 0 or more.");
        }
        clock.advance(Duration.ofSeconds(seconds));
        return describe();
    }

    private JsonObject describe() {
        return object()
                .add("now", clock.instant().toString())
                .add("shiftSeconds", clock.shift().toSeconds())
                .add("adjustable", clock.isAdjustable())
                .build();
    }
}
