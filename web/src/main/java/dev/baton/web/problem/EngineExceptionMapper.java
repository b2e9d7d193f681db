package dev.baton.web.problem;

import dev.baton.domain.common.ConflictException;
import dev.baton.domain.common.EngineException;
import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.NotFoundException;
import dev.baton.domain.common.PayloadTooLargeException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The engine's refusals, each with its status and stable type. */
@Provider
public class EngineExceptionMapper implements ExceptionMapper<EngineException> {

    @Override
    public Response toResponse(EngineException e) {
        int status;
        String title;
        if (e instanceof InvalidInputException) {
            status = 400;
            title = "Bad request";
        } else if (e instanceof NotFoundException) {
            status = 404;
            title = "Not found";
        } else if (e instanceof ConflictException) {
            status = 409;
            title = "Conflict";
        } else if (e instanceof PayloadTooLargeException) {
            status = 413;
            title = "Payload too large";
        } else {
            status = 400;
            title = "Bad request";
        }
        return Problem.response(status, e.problemType(), title, e.getMessage());
    }
}
