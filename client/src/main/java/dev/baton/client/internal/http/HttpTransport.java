package dev.baton.client.internal.http;

import dev.baton.client.BatonClientOptions;
import dev.baton.client.BatonException;
import dev.baton.client.BatonInterruptedException;
import dev.baton.client.BatonServerException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends one logical request, retrying on connection errors and 5xx. The URL that last worked stays current for
 * all threads, so a healthy cluster sees no extra traffic; a failure moves everybody to the next URL.
 */
public final class HttpTransport {

    private static final System.Logger LOG = System.getLogger(HttpTransport.class.getName());

    private final HttpClient http;
    private final List<URI> urls;
    private final String authorization;
    private final BatonClientOptions options;
    private final AtomicInteger current = new AtomicInteger();

    public HttpTransport(BatonClientOptions options) {
        this.options = options;
        this.urls = options.serverUrls();
        // HTTP/1.1 on purpose: the JDK's h2c upgrade on plain http adds a round of negotiation per connection
        // and some servers handle upgrades of POST requests poorly.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.connectTimeout())
                .build();
        this.authorization = options.username() == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (options.username() + ":" + options.password()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param body    JSON bytes, or {@code null} for a GET
     * @param timeout response timeout for this request (long polls pass their wait plus a margin)
     */
    public Response send(String method, String path, byte[] body, Duration timeout, Retry retry) {
        Duration backoff = options.initialBackoff();
        RuntimeException last = null;
        for (int attempt = 1; attempt <= options.maxAttempts(); attempt++) {
            int index = current.get();
            URI url = URI.create(urls.get(Math.floorMod(index, urls.size())) + path);
            try {
                HttpResponse<byte[]> response = http.send(request(method, url, body, timeout),
                        HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status < 300) {
                    return new Response(status, response.body(), response.headers().firstValue("Location"));
                }
                BatonException error = Problems.toException(method, url.toString(), status, response.body());
                boolean retryable = status >= 500 && (retry == Retry.SAFE || status == 503);
                if (!retryable) {
                    throw error;
                }
                last = error;
            } catch (IOException e) {
                boolean neverSent = e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
                last = new BatonServerException(0, null, null, method + " " + url + " failed: " + e, e);
                if (retry == Retry.UNSAFE && !neverSent) {
                    throw last;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BatonInterruptedException(e);
            }
            LOG.log(System.Logger.Level.DEBUG, "attempt {0} of {1} {2} failed: {3}", attempt, method, url,
                    last.getMessage());
            current.compareAndSet(index, index + 1);
            boolean roundDone = attempt % urls.size() == 0;
            if (roundDone && attempt < options.maxAttempts()) {
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), options.maxBackoff());
            }
        }
        if (last instanceof BatonServerException) {
            throw last;
        }
        throw new BatonServerException(0, null, null, "giving up after " + options.maxAttempts() + " attempts", last);
    }

    private HttpRequest request(String method, URI url, byte[] body, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return b.build();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BatonInterruptedException(e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
