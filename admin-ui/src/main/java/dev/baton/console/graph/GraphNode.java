package dev.baton.console.graph;

import java.util.List;

/**
 * One task as the graph draws it. {@code parentId} is the decider that created it (null for the start task);
 * {@code dependsOn} are the tasks whose values it was promised.
 */
public record GraphNode(String id, String title, String subtitle, String state, String parentId, List<String> dependsOn) {

    public GraphNode {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }
}
