package dev.baton.client;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Immutable configuration of a {@link BatonClient}. Build with {@link #newBuilder()}; every setting except the
 * server URL has a default that suits a local server.
 */
public final class BatonClientOptions {

    private final List<URI> serverUrls;
    private final String username;
    private final String password;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final ObjectMapper objectMapper;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    private BatonClientOptions(Builder b) {
        if (b.serverUrls.isEmpty()) {
            throw new IllegalArgumentException("at least one server URL is required");
        }
        this.serverUrls = List.copyOf(b.serverUrls);
        this.username = b.username;
        this.password = b.password;
        this.connectTimeout = b.connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.objectMapper = b.objectMapper != null ? b.objectMapper : new ObjectMapper().findAndRegisterModules();
        this.maxAttempts = b.maxAttempts > 0 ? b.maxAttempts : Math.max(4, 2 * serverUrls.size());
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
    }

    public static Builder newBuilder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.serverUrls.addAll(serverUrls);
        b.username = username;
        b.password = password;
        b.connectTimeout = connectTimeout;
        b.requestTimeout = requestTimeout;
        b.objectMapper = objectMapper;
        b.maxAttempts = maxAttempts;
        b.initialBackoff = initialBackoff;
        b.maxBackoff = maxBackoff;
        return b;
    }

    /** Base URLs such as {@code http://127.0.0.1:8080/api/v1}; requests fail over among them round-robin. */
    public List<URI> serverUrls() { return serverUrls; }
    public String username() { return username; }
    public String password() { return password; }
    public Duration connectTimeout() { return connectTimeout; }
    /** Timeout of an ordinary request; a long poll adds its wait time on top. */
    public Duration requestTimeout() { return requestTimeout; }
    /** Maps user payloads (arguments and results); the wire envelopes use a fixed internal mapper. */
    public ObjectMapper objectMapper() { return objectMapper; }
    /** Attempts per request across all URLs before {@link BatonServerException}. */
    public int maxAttempts() { return maxAttempts; }
    public Duration initialBackoff() { return initialBackoff; }
    public Duration maxBackoff() { return maxBackoff; }

    public static final class Builder {
        private final List<URI> serverUrls = new ArrayList<>();
        private String username;
        private String password;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private ObjectMapper objectMapper;
        private int maxAttempts;
        private Duration initialBackoff = Duration.ofMillis(100);
        private Duration maxBackoff = Duration.ofSeconds(2);

        private Builder() {
        }

        /** Adds one or more base URLs, e.g. {@code http://127.0.0.1:8080/api/v1}. */
        public Builder serverUrl(String... urls) {
            for (String url : urls) {
                String trimmed = url.trim();
                while (trimmed.endsWith("/")) {
                    trimmed = trimmed.substring(0, trimmed.length() - 1);
                }
                serverUrls.add(URI.create(trimmed));
            }
            return this;
        }

        /** Replaces the URL list. */
        public Builder serverUrls(List<URI> urls) {
            serverUrls.clear();
            urls.forEach(u -> serverUrl(u.toString()));
            return this;
        }

        /** HTTP Basic credentials. */
        public Builder credentials(String user, String pass) {
            this.username = Objects.requireNonNull(user, "user");
            this.password = Objects.requireNonNull(pass, "password");
            return this;
        }

        public Builder connectTimeout(Duration value) { this.connectTimeout = positive(value); return this; }
        public Builder requestTimeout(Duration value) { this.requestTimeout = positive(value); return this; }
        public Builder objectMapper(ObjectMapper value) { this.objectMapper = Objects.requireNonNull(value); return this; }

        /** Attempts per request, first try included; default max(4, 2 x number of URLs). */
        public Builder maxAttempts(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxAttempts must be >= 1");
            }
            this.maxAttempts = value;
            return this;
        }

        /** Backoff between rounds over all URLs: starts at {@code initial}, doubles, capped at {@code max}. */
        public Builder backoff(Duration initial, Duration max) {
            this.initialBackoff = positive(initial);
            this.maxBackoff = positive(max);
            return this;
        }

        public BatonClientOptions build() {
            return new BatonClientOptions(this);
        }

        private static Duration positive(Duration d) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("duration must be positive: " + d);
            }
            return d;
        }
    }
}
