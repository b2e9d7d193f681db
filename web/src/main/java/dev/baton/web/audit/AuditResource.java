package dev.baton.web.audit;

import dev.baton.domain.audit.AuditFilter;
import dev.baton.domain.common.Ids;
import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.JsonText;
import dev.baton.engine.audit.AuditLog;
import dev.baton.engine.audit.AuditView;
import dev.baton.web.json.Query;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

import static dev.baton.web.json.JsonOut.object;
import static dev.baton.web.json.JsonOut.text;
import static dev.baton.web.json.JsonOut.time;

/** {@code GET /audit}: what operators did, newest first, keyset-paged like {@code /processes}. */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed({"baton-admin", "baton-viewer"})
    public JsonObject list(@QueryParam("operator") String operator, @QueryParam("action") String action,
                           @QueryParam("target") String target, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("limit") String limit,
                           @QueryParam("cursor") String cursor) {
        if (cursor != null && !Ids.isWellFormed(cursor)) {
            throw new InvalidInputException("invalid-cursor", "The cursor is not one this server returned.");
        }
        Integer max = Query.integer("limit", limit);
        int size = max == null ? 50 : max;
        if (size < 1 || size > 500) {
            throw new InvalidInputException("invalid-filter", "limit must be between 1 and 500.");
        }
        List<AuditView> rows = audit.list(new AuditFilter(operator, action, target, Query.instant("from", from),
                Query.instant("to", to), cursor, size + 1));
        JsonArrayBuilder items = JsonText.JSON.createArrayBuilder();
        rows.stream().limit(size).forEach(a -> items.add(object()
                .add("id", a.id())
                .add("at", time(a.at()))
                .add("operator", a.operator())
                .add("action", a.action())
                .add("target", text(a.target()))
                .add("affected", a.affected())
                .add("detail", text(a.detail()))
                .build()));
        return object().add("items", items)
                .add("next", text(rows.size() > size ? rows.get(size - 1).id() : null)).build();
    }
}
