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
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Problem.forStatus(status).toString());
    }
}
