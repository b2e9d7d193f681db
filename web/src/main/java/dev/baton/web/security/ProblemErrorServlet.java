package dev.baton.web.security;

import dev.baton.web.problem.Problem;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The error page for failures the container answers before JAX-RS sees the request (no or wrong
 * credentials, a role the URL does not allow), so they too are {@code application/problem+json}.
 */
@WebServlet("/problem")
public class ProblemErrorServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Called directly rather than as an error page, it is just an unknown resource.
        int status = code instanceof Integer i ? i : 404;
        String type;
        String title;
        String detail;
        switch (status) {
            case 401 -> {
                type = "unauthorized";
                title = "Unauthorized";
                detail = "Valid credentials are required (HTTP Basic).";
            }
            case 403 -> {
                type = "forbidden";
                title = "Forbidden";
                detail = "Your role does not allow this operation.";
            }
            case 404 -> {
                type = "not-found";
                title = "Not found";
                detail = "There is no such resource.";
            }
            case 405 -> {
                type = "method-not-allowed";
                title = "Method not allowed";
                detail = "This resource does not support that method.";
            }
            case 413 -> {
                type = "payload-too-large";
                title = "Payload too large";
                detail = "The request body is too large.";
            }
            case 500 -> {
                type = "internal-error";
                title = "Internal server error";
                detail = "Unexpected failure; see the server log.";
            }
            default -> {
                type = "http-" + status;
                title = "Error";
                detail = null;
            }
        }
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Problem.body(status, type, title, detail).toString());
    }
}
