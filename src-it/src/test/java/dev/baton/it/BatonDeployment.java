package dev.baton.it;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Predicate;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * Shared infrastructure of the integration tests: the real EAR, the server's addresses, the test users
 * and a small HTTP helper.
 *
 * <pre>
 * &#64;ExtendWith(ArquillianExtension.class)
 * class SomethingIT {
 *     &#64;Deployment(testable = false)
 *     static EnterpriseArchive ear() { return BatonDeployment.ear(); }
 *     ...
 * }
 * </pre>
 */
public final class BatonDeployment {

    /** Arquillian container of the normal tests (one server for the whole run). */
    public static final String CONTAINER = "wildfly";
    /** Arquillian container in manual mode, for tests that start/kill/restart the server (*RestartIT). */
    public static final String MANUAL_CONTAINER = "wildfly-manual";
    /** Name of the deployment, as used with {@code Deployer} for manual deployments. */
    public static final String DEPLOYMENT = "baton";

    /** HTTP port of the test server; src-it/pom.xml passes it (8080, or shifted with -Dbaton.it.slot=N). */
    public static final int HTTP_PORT = Integer.getInteger("baton.it.http-port", 8080);
    public static final int MANAGEMENT_PORT = Integer.getInteger("baton.it.management-port", 9990);

    public static final URI BASE = URI.create("http://127.0.0.1:" + HTTP_PORT + "/");
    public static final URI API = BASE.resolve("/api/v1/");
    public static final URI CONSOLE = BASE.resolve("/console/");
    public static final URI MANAGEMENT = URI.create("http://127.0.0.1:" + MANAGEMENT_PORT + "/");

    /** Test users of the ApplicationRealm (src-it/src/test/server/configuration); password = user name. */
    public record User(String name, String password) {
        public String basicAuthorization() {
            return "Basic " + Base64.getEncoder()
                    .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** All roles: baton-client, baton-worker, baton-admin, baton-viewer. */
    public static final User ADMIN = new User("baton", "baton");
    public static final User CLIENT = new User("client", "client");
    public static final User WORKER = new User("worker", "worker");
    public static final User VIEWER = new User("viewer", "viewer");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private BatonDeployment() {
    }

    /** The real, built baton.ear (system property {@code baton.ear}, else ../ear/target/baton.ear). */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile());
    }

    public static File earFile() {
        File ear = new File(System.getProperty("baton.ear", "../ear/target/baton.ear")).getAbsoluteFile();
        if (!ear.isFile()) {
            throw new IllegalStateException(ear + " does not exist: build it first (./mvnw -DskipTests -pl ear -am package)");
        }
        return ear;
    }

    /** Database the test server runs on: "h2" (default) or "pg". */
    public static String database() {
        return System.getProperty("baton.it.db", "h2");
    }

    public static HttpClient http() {
        return HTTP;
    }

    /** GET without credentials. */
    public static HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET(), null);
    }

    /** GET with BASIC credentials. */
    public static HttpResponse<String> get(URI uri, User user) {
        return send(HttpRequest.newBuilder(uri).GET(), user);
    }

    public static HttpResponse<String> send(HttpRequest.Builder request, User user) {
        if (user != null) {
            request.header("Authorization", user.basicAuthorization());
        }
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        try {
            return HTTP.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(built.method() + " " + built.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Polls GET {@code uri} until the response satisfies {@code condition} (connection errors count as
     * "not yet"); returns the last response or throws {@link AssertionError} after {@code timeout}.
     */
    public static HttpResponse<String> awaitGet(URI uri, Predicate<HttpResponse<String>> condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpResponse<String> last = null;
        RuntimeException lastError = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = get(uri);
                if (condition.test(last)) {
                    return last;
                }
            } catch (RuntimeException e) {
                lastError = e;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        AssertionError failure = new AssertionError("GET " + uri + " did not satisfy the condition within " + timeout
                + (last == null ? "" : "; last status " + last.statusCode() + ": " + last.body()));
        if (lastError != null) {
            failure.initCause(lastError);
        }
        throw failure;
    }
}
