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

    public static Response response(int status, String type, String title, String detail) {
        return Response.status(status).type(PROBLEM_JSON).entity(body(status, type, title, detail).toString()).build();
    }
}
