package dev.baton.engine.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.UUID;

/** This node's name, recorded on the leases it grants; configurable, otherwise made unique at start. */
@ApplicationScoped
public class NodeIdentity {

    @Inject
    @ConfigProperty(name = "baton.node.name")
    Optional<String> configured;

    private String name;

    public synchronized String name() {
        if (name == null) {
            name = configured.orElseGet(() -> "node-" + UUID.randomUUID().toString().substring(0, 8));
        }
        return name;
    }
}
