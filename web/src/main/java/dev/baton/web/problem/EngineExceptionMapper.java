package dev.baton.web.problem;

import dev.baton.domain.common.ConflictException;
import dev.baton.domain.common.EngineException;
import dev.baton.domain.common.NotFoundException;
import dev.baton.domain.common.PayloadTooLargeException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The engine's refusals, each with its status and stable type. */
@Provider
public class EngineExceptionMapper implements ExceptionMapper<EngineException> {

    @Override
    public Response toResponse(EngineException e) {
        int status = status(e);
        return Problem.response(status, e.problemType(), title(status), e.getMessage());
    }

    /** The problem body of a refusal, e.g. for one outcome of a batch report. */
    public static JsonObject problem(EngineException e) {
        int status = status(e);
        return Problem.body(status, e.problemType(), title(status), e.getMessage());
    }

    public static int status(EngineException e) {
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ConflictException) {
            return 409;
        }
        if (e instanceof PayloadTooLargeException) {
            return 413;
        }
        return 400;
    }

    private static String title(int status) {
        return switch (status) {
            case 404 -> "Not found";
            case 409 -> "Conflict";
            case 413 -> "Payload too large";
            default -> "Bad request";
        };
    }
}
