package dev.baton.it.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The cluster under test: a private PostgreSQL server (so restarting it disturbs nobody else) and N WildFly
 * nodes driven through the cluster script, each an OS process that can be killed, paused and resumed.
 * Nodes run with port offsets 500, 600, ... (HTTP 8580, 8680, ...; Hazelcast 6201, 6301, ...).
 */
final class FaultCluster implements AutoCloseable {

    static final int PORT_OFFSET = Integer.getInteger("baton.fault.port-offset", 500);
    static final int PG_PORT = Integer.getInteger("baton.fault.pg-port", 15432 + PORT_OFFSET / 100);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final int nodes;
    private final Path work;
    private final Path script;
    private final Path pgScript;
    private final Path pgData;
    private final Map<String, String> env;

    FaultCluster(int nodes, Path work, Map<Integer, String> roles, String nodeProperties) {
        this.nodes = nodes;
        this.work = work;
        Path root = Path.of(System.getProperty("baton.fault.root", "..")).toAbsolutePath().normalize();
        this.script = root.resolve("ear/src/main/server/cluster.sh");
        this.pgScript = root.resolve("src-it/src/test/fault/private-postgres.sh");
        this.pgData = work.resolve("postgres");
        Map<String, String> e = new java.util.HashMap<>(Map.of(
                "BATON_CLUSTER_NODES", String.valueOf(nodes),
                "BATON_CLUSTER_DIR", work.resolve("nodes").toString(),
                "BATON_CLUSTER_NAME", "baton-fault-" + ProcessHandle.current().pid(),
                "BATON_PORT_OFFSET", String.valueOf(PORT_OFFSET),
                "WILDFLY_HOME", System.getProperty("baton.fault.wildfly"),
                "BATON_EAR", System.getProperty("baton.ear"),
                "BATON_DB_URL", jdbcUrl(),
                "BATON_DB_POOL_MAX", "8",
                // Three servers and the test share two cores: C1 only and the serial collector make the many
                // boots of the scenarios cheaper; peak speed does not matter here.
                "BATON_NODE_JVM", "-Xms128m -Xmx384m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m"
                        + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true",
                "BATON_NODE_PROPS", nodeProperties));
        roles.forEach((node, r) -> e.put("BATON_NODE_ROLES_" + node, r));
        this.env = Map.copyOf(e);
    }

    static String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + PG_PORT + "/baton_fault?connectTimeout=5&socketTimeout=60";
    }

    void startDatabase() {
        run(List.of(pgScript.toString(), "start", pgData.toString(), String.valueOf(PG_PORT)));
    }

    /** Fast shutdown: open connections are cut, as in a crash of the database server. */
    void stopDatabase() {
        run(List.of(pgScript.toString(), "stop", pgData.toString()));
    }

    void startAll() {
        cluster("start", String.valueOf(nodes));
    }

    void startNode(int i) {
        cluster("start-node", String.valueOf(i));
    }

    void kill(int i) {
        cluster("kill", String.valueOf(i));
    }

    void pause(int i) {
        cluster("pause", String.valueOf(i));
    }

    void resume(int i) {
        cluster("resume", String.valueOf(i));
    }

    void stopAll() {
        cluster("stop");
    }

    int nodes() {
        return nodes;
    }

    String url(int i) {
        return "http://127.0.0.1:" + (8080 + PORT_OFFSET + (i - 1) * 100) + "/api/v1";
    }

    List<String> urls() {
        return IntStream.rangeClosed(1, nodes).mapToObj(this::url).toList();
    }

    /** The node's URL first, then the others: how a worker that lives next to node i fails over. */
    List<String> urlsPreferring(int i) {
        List<String> urls = new ArrayList<>(List.of(url(i)));
        urls().stream().filter(u -> !u.equals(url(i))).forEach(urls::add);
        return urls;
    }

    boolean isReady(int i) {
        try {
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + (9990 + PORT_OFFSET + (i - 1) * 100) + "/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        try {
            stopAll();
        } finally {
            run(List.of(pgScript.toString(), "remove", pgData.toString()));
        }
    }

    private void cluster(String... args) {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        run(command);
    }

    private void run(List<String> command) {
        try {
            Files.createDirectories(work);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("cluster-script.log").toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (exit "
                        + (process.isAlive() ? "timeout" : process.exitValue()) + "); see " + work.resolve("cluster-script.log"));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        }
    }
}
