package dev.baton.web.problem;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (unknown path, wrong method or media type, missing role) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String type;
        String detail;
        if (e instanceof ForbiddenException) {
            type = "forbidden";
            detail = "Your role does not allow this operation.";
        } else if (e instanceof NotAuthorizedException) {
            type = "unauthorized";
            detail = "Credentials are required.";
        } else if (e instanceof NotFoundException) {
            type = "not-found";
            detail = "There is no such resource.";
        } else if (e instanceof NotAllowedException) {
            type = "method-not-allowed";
            detail = "This resource does not support that method.";
        } else if (e instanceof NotSupportedException) {
            type = "unsupported-media-type";
            detail = "Send application/json.";
        } else if (e instanceof NotAcceptableException) {
            type = "not-acceptable";
            detail = "This API answers application/json.";
        } else {
            type = "http-" + status;
            detail = null;
        }
        Response.StatusType info = Response.Status.fromStatusCode(status);
        return Problem.response(status, type, info == null ? "Error" : info.getReasonPhrase(), detail);
    }
}
