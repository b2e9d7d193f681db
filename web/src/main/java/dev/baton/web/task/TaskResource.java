package dev.baton.web.task;

import dev.baton.domain.common.EngineException;
import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.JsonText;
import dev.baton.domain.task.TaskError;
import dev.baton.engine.operation.ProcessOperations;
import dev.baton.engine.task.TaskService;
import dev.baton.web.problem.EngineExceptionMapper;
import dev.baton.web.process.ProcessDto;
import dev.baton.domain.common.Fields;
import dev.baton.web.json.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.baton.web.json.JsonOut.object;

/**
 * {@code /tasks}. A poll is answered asynchronously: while a long poll waits, no request thread is held.
 */
@Path("/tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"baton-worker", "baton-admin"})
public class TaskResource {

    @Inject
    TaskService tasks;

    @Inject
    JsonBody body;

    @Inject
    ProcessOperations operations;

    @Context
    SecurityContext security;

    @POST
    @Path("/poll")
    public void poll(InputStream in, @Suspended AsyncResponse response) {
        Fields poll = body.read(in).allowOnly("actor", "workerId", "max", "waitSeconds");
        tasks.poll(poll.requiredString("actor"), poll.requiredString("workerId"), poll.integer("max"),
                poll.integer("waitSeconds"), deliveries -> {
                    if (deliveries.isEmpty()) {
                        return response.resume(Response.noContent().build());
                    }
                    JsonArrayBuilder array = JsonText.JSON.createArrayBuilder();
                    deliveries.forEach(d -> array.add(DeliveryDto.of(d)));
                    return response.resume(Response.ok(array.build()).build());
                });
    }

    /**
     * Reports many outcomes at once: {@code {"outcomes": [{taskId, token, result | decision | error}, ...]}},
     * applied in one transaction. Each is answered on its own, in order: {@code status} 204 when accepted,
     * otherwise the status and problem it would have got alone (a refused one changes nothing).
     */
    @POST
    @Path("/outcomes")
    public JsonObject report(InputStream in) {
        Fields report = body.read(in).allowOnly("outcomes");
        List<Fields> items = report.objects("outcomes");
        List<TaskService.OutcomeRequest> requests = new ArrayList<>(items.size());
        for (Fields item : items) {
            requests.add(OutcomeReader.read(item));
        }
        List<EngineException> answers = tasks.report(requests);
        JsonArrayBuilder outcomes = JsonText.JSON.createArrayBuilder();
        for (int i = 0; i < requests.size(); i++) {
            EngineException refusal = answers.get(i);
            outcomes.add(object()
                    .add("taskId", requests.get(i).taskId())
                    .add("status", refusal == null ? 204 : EngineExceptionMapper.status(refusal))
                    .add("problem", refusal == null ? JsonValue.NULL : EngineExceptionMapper.problem(refusal)));
        }
        return object().add("outcomes", outcomes).build();
    }

    @POST
    @Path("/{id}/complete")
    public Response complete(@PathParam("id") String id, InputStream in) {
        Fields completion = body.read(in).allowOnly("token", "result", "decision");
        String token = completion.requiredString("token");
        Fields decision = completion.object("decision");
        if (decision != null) {
            if (completion.has("result")) {
                throw new InvalidInputException("invalid-completion",
                        "Send either result (a worker) or decision (a decider), not both.");
            }
            tasks.decide(id, token, DecisionReader.read(decision));
        } else {
            tasks.complete(id, token, completion.value("result"));
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/fail")
    public Response fail(@PathParam("id") String id, InputStream in) {
        Fields failure = body.read(in).allowOnly("token", "error");
        String token = failure.requiredString("token");
        Fields error = failure.object("error");
        if (error == null) {
            throw new InvalidInputException("missing-field", "Field 'error' is required.");
        }
        tasks.fail(id, token, ErrorReader.read(error));
        return Response.noContent().build();
    }

    /**
     * Restarts the failed task that failed its process, optionally with corrected arguments; the process runs
     * again. Body (optional): {@code {"args": [...], "reason": "..."}}.
     */
    @POST
    @Path("/{id}/restart")
    @RolesAllowed("baton-admin")
    public JsonObject restart(@PathParam("id") String id, InputStream in) {
        Fields restart = body.readOptional(in);
        if (restart != null) {
            restart.allowOnly("args", "reason");
        }
        return ProcessDto.of(operations.restartTask(id, restart == null ? null : restart.array("args"),
                security.getUserPrincipal().getName(), restart == null ? null : restart.string("reason")));
    }

    @POST
    @Path("/{id}/heartbeat")
    public JsonObject heartbeat(@PathParam("id") String id, InputStream in) {
        Fields heartbeat = body.read(in).allowOnly("token");
        Instant expiresAt = tasks.heartbeat(id, heartbeat.requiredString("token"));
        return object().add("leaseExpiresAt", expiresAt.toString()).build();
    }
}
