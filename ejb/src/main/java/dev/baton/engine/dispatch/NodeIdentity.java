package dev.baton.engine.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * This node's name, recorded on the leases it grants and in the node registry; configurable
 * ({@code baton.node.name}), otherwise made unique at start. The incarnation tells two runs of a node with
 * the same name apart, so a restarted node never inherits what its previous run held (the coordinator
 * lease).
 */
@ApplicationScoped
public class NodeIdentity {

    @Inject
    @ConfigProperty(name = "baton.node.name")
    Optional<String> configured;

    private final String incarnation = UUID.randomUUID().toString().substring(0, 8);
    private final Instant startedAt = Instant.now();
    private String name;

    public synchronized String name() {
        if (name == null) {
            name = configured.orElseGet(() -> "node-" + UUID.randomUUID().toString().substring(0, 8));
        }
        return name;
    }

    /** Name and incarnation, e.g. {@code node1/3f2a9c1e}: who holds a lease in the database. */
    public String incarnation() {
        return name() + "/" + incarnation;
    }

    /** When this run of the node started (wall clock, for display). */
    public Instant startedAt() {
        return startedAt;
    }
}
