package dev.baton.client.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.client.BatonAuthException;
import dev.baton.client.BatonBadRequestException;
import dev.baton.client.BatonConflictException;
import dev.baton.client.BatonException;
import dev.baton.client.BatonNotFoundException;
import dev.baton.client.BatonPayloadTooLargeException;
import dev.baton.client.BatonServerException;
import dev.baton.client.internal.json.WireJson;

import java.nio.charset.StandardCharsets;

/** Turns a non-2xx answer into the matching typed exception, reading problem+json when the server sent it. */
final class Problems {

    private Problems() {
    }

    /** The server's problem types are URIs under one base; callers compare the short name, e.g. {@code stale-token}. */
    static String shortType(String type) {
        return type != null && type.startsWith(TYPE_BASE) ? type.substring(TYPE_BASE.length()) : type;
    }

    private static final String TYPE_BASE = "https://baton.dev/problems/";

    static BatonException toException(String method, String url, int status, byte[] body) {
        String type = null;
        String detail = null;
        String title = null;
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        try {
            JsonNode node = text.isBlank() ? null : WireJson.mapper().readTree(text);
            if (node != null && node.isObject()) {
                type = shortType(node.path("type").asText(null));
                title = node.path("title").asText(null);
                detail = node.path("detail").asText(null);
            }
        } catch (Exception notJson) {
            detail = text.length() > 500 ? text.substring(0, 500) : text;
        }
        String message = method + " " + url + " -> " + status
                + (title != null ? " " + title : "") + (detail != null && !detail.isBlank() ? ": " + detail : "");
        if (status == 409) {
            return new BatonConflictException(status, type, detail, message);
        }
        if (status == 404) {
            return new BatonNotFoundException(status, type, detail, message);
        }
        if (status == 413) {
            return new BatonPayloadTooLargeException(status, type, detail, message);
        }
        if (status == 401 || status == 403) {
            return new BatonAuthException(status, type, detail, message);
        }
        if (status >= 500) {
            return new BatonServerException(status, type, detail, message, null);
        }
        return new BatonBadRequestException(status, type, detail, message);
    }
}
