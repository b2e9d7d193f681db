package dev.baton.client.internal.http;

import java.util.Optional;

/** A successful (2xx) answer. */
public record Response(int status, byte[] body, Optional<String> location) {

    public boolean hasBody() {
        return status != 204 && body != null && body.length > 0;
    }
}
