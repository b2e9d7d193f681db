package dev.baton.web.event;

import dev.baton.engine.event.EventRequest;
import dev.baton.engine.event.EventService;
import dev.baton.web.json.JsonBody;
import dev.baton.web.process.EventDto;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;

/**
 * {@code POST /events}: delivers an event addressed by process id or by the start actor and business key
 * of its process: {@code {processId | actor + businessKey, name, payload, key?}}. The same as
 * {@code POST /processes/{id}/events/{name}}, for senders that know the business key, not the process id.
 */
@Path("/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    EventService events;

    @Inject
    JsonBody body;

    @POST
    @RolesAllowed({"baton-client", "baton-admin"})
    public Response deliver(InputStream in) {
        return EventDto.answer(events.deliver(EventRequest.read(body.read(in))));
    }
}
