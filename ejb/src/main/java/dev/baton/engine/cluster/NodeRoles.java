package dev.baton.engine.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What this node does ({@code baton.node.roles}, default {@code api,executor}). An {@code api} node serves
 * clients and workers; an {@code executor} node may be elected to run the cluster-wide work (sweeps,
 * timers, recovery). Every node is a Hazelcast member holding its share of the queues and leases, and
 * every node keeps its own bookkeeping (registry heartbeat, completion counts, waking its long polls).
 */
@ApplicationScoped
public class NodeRoles {

    /** The roles a node can have. */
    public enum Role {
        API, EXECUTOR;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Inject
    @ConfigProperty(name = "baton.node.roles", defaultValue = "api,executor")
    String configured;

    private Set<Role> roles;

    @PostConstruct
    void parse() {
        roles = parse(configured);
    }

    /** Parses a comma-separated list; an unknown or empty list is a configuration error. */
    public static Set<Role> parse(String text) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        for (String part : text.split(",")) {
            String name = part.trim().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                parsed.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("baton.node.roles: unknown role '" + part.trim()
                        + "' (roles are api and executor)", e);
            }
        }
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("baton.node.roles names no role (roles are api and executor)");
        }
        return Collections.unmodifiableSet(parsed);
    }

    public boolean isExecutor() {
        return roles.contains(Role.EXECUTOR);
    }

    public boolean isApi() {
        return roles.contains(Role.API);
    }

    public Set<Role> roles() {
        return roles;
    }

    /** The roles as written in configuration and in the registry, e.g. {@code api,executor}. */
    public String label() {
        return label(roles);
    }

    public static String label(Set<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(","));
    }

    public static boolean includesExecutor(String label) {
        return label != null && Arrays.stream(label.split(",")).anyMatch(r -> r.trim().equalsIgnoreCase("executor"));
    }
}
