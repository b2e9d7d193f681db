package dev.baton.web.retention;

import dev.baton.domain.common.JsonText;
import dev.baton.engine.retention.Retention;
import dev.baton.engine.retention.RetentionView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import static dev.baton.web.json.JsonOut.object;
import static dev.baton.web.json.JsonOut.text;
import static dev.baton.web.json.JsonOut.time;

/**
 * {@code /retention}: how long finished processes are kept per outcome, how far behind retention is (the same
 * figures as the {@code baton_retention_*} metrics, counted now), and its last run.
 */
@Path("/retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    Retention retention;

    @GET
    @RolesAllowed({"baton-admin", "baton-viewer"})
    public JsonObject status() {
        RetentionView view = retention.status();
        JsonArrayBuilder outcomes = JsonText.JSON.createArrayBuilder();
        for (RetentionView.OutcomeView o : view.outcomes()) {
            outcomes.add(object()
                    .add("state", o.state())
                    .add("days", o.days() == null ? JsonValue.NULL : JsonText.JSON.createValue(o.days()))
                    .add("backlog", o.backlog())
                    .add("oldestEndedAt", time(o.oldestEndedAt()))
                    .add("overdueSeconds", o.overdueSeconds()));
        }
        RetentionView.RunView run = view.lastRun();
        return object()
                .add("outcomes", outcomes)
                .add("chunkSize", view.chunkSize())
                .add("intervalSeconds", view.intervalSeconds())
                .add("lastRun", run == null ? JsonValue.NULL : object()
                        .add("node", text(run.node()))
                        .add("startedAt", time(run.startedAt()))
                        .add("finishedAt", time(run.finishedAt()))
                        .add("deleted", run.deleted())
                        .add("error", text(run.error()))
                        .add("running", run.running())
                        .build())
                .build();
    }
}
