package dev.baton.web.problem;

import dev.baton.domain.common.JsonText;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem. {@code type} is a stable URI under {@code https://baton.dev/problems/}; clients
 * branch on it, people read {@code detail}.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    static final String TYPE_BASE = "https://baton.dev/problems/";

    private Problem() {
    }

    public static JsonObject body(int status, String type, String title, String detail) {
        var json = JsonText.JSON.createObjectBuilder()
                .add("type", TYPE_BASE + type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        return json.build();
    }

    /**
     * The problem for an HTTP status that the container or JAX-RS itself produced (no credentials, unknown
     * path, wrong method...), shared by the exception mapper and the error page so both say the same.
     */
    public static JsonObject forStatus(int status) {
        return switch (status) {
            case 401 -> body(401, "unauthorized", "Unauthorized", "Valid credentials are required (HTTP Basic).");
            case 403 -> body(403, "forbidden", "Forbidden", "Your role does not allow this operation.");
            case 404 -> body(404, "not-found", "Not found", "There is no such resource.");
            case 405 -> body(405, "method-not-allowed", "Method not allowed", "This resource does not support that method.");
            case 406 -> body(406, "not-acceptable", "Not acceptable", "This API answers application/json.");
            case 413 -> body(413, "payload-too-large", "Payload too large", "The request body is too large.");
            case 415 -> body(415, "unsupported-media-type", "Unsupported media type", "Send application/json.");
            case 500 -> body(500, "internal-error", "Internal server error", "Unexpected failure; see the server log.");
            default -> body(status, "http-" + status, "Error", null);
        };
    }

    public static Response response(int status, String type, String title, String detail) {
        return Response.status(status).type(PROBLEM_JSON).entity(body(status, type, title, detail).toString()).build();
    }
}
