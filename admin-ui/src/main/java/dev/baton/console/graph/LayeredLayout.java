package dev.baton.console.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A layered (Sugiyama-style) layout, left to right. Each node's layer is the length of the longest path of
 * edges leading to it, so every edge points to a later layer; edges that would close a cycle (which promises
 * never do, but stored data might) are left out of the layering. Within a layer, nodes are ordered by the
 * mean position of their neighbours in the previous layer, then of the next layer, which keeps related tasks
 * side by side and edges short.
 */
public final class LayeredLayout {

    public static final int NODE_WIDTH = 176;
    public static final int NODE_HEIGHT = 46;
    public static final int LAYER_GAP = 56;
    public static final int ROW_GAP = 14;
    public static final int MARGIN = 12;
    private static final int SWEEPS = 4;

    /** An edge from {@code from} to {@code to}; {@code promise} false means "created by". */
    public record Edge(String from, String to, boolean promise) {
    }

    /** Where a node is drawn: its layer and row, and its top-left corner. */
    public record Placement(GraphNode node, int layer, int row, int x, int y) {
    }

    public record Layout(List<Placement> placements, List<Edge> edges, int width, int height) {

        public Map<String, Placement> byId() {
            Map<String, Placement> map = new HashMap<>();
            placements.forEach(p -> map.put(p.node().id(), p));
            return map;
        }
    }

    private LayeredLayout() {
    }

    /** Edges of the graph: creation edges from parents, promise edges from the promised task; unknown ends dropped. */
    public static List<Edge> edges(List<GraphNode> nodes) {
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.id()));
        List<Edge> edges = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (GraphNode node : nodes) {
            for (String dependency : node.dependsOn()) {
                if (ids.contains(dependency) && !dependency.equals(node.id()) && seen.add(dependency + ">" + node.id())) {
                    edges.add(new Edge(dependency, node.id(), true));
                }
            }
            if (node.parentId() != null && ids.contains(node.parentId()) && seen.add(node.parentId() + ">" + node.id())) {
                edges.add(new Edge(node.parentId(), node.id(), false));
            }
        }
        return edges;
    }

    public static Layout layout(List<GraphNode> nodes) {
        List<Edge> edges = edges(nodes);
        Map<String, List<String>> incoming = new LinkedHashMap<>();
        nodes.forEach(n -> incoming.put(n.id(), new ArrayList<>()));
        List<Edge> acyclic = acyclic(nodes, edges);
        acyclic.forEach(e -> incoming.get(e.to()).add(e.from()));

        Map<String, Integer> layer = new HashMap<>();
        for (GraphNode node : nodes) {
            layerOf(node.id(), incoming, layer);
        }
        int layers = layer.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            rows.add(new ArrayList<>());
        }
        nodes.forEach(n -> rows.get(layer.get(n.id())).add(n.id()));

        Map<String, List<String>> outgoing = new HashMap<>();
        nodes.forEach(n -> outgoing.put(n.id(), new ArrayList<>()));
        acyclic.forEach(e -> outgoing.get(e.from()).add(e.to()));
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (int i = 1; i < layers; i++) {
                order(rows.get(i), rows.get(i - 1), incoming);
            }
            for (int i = layers - 2; i >= 0; i--) {
                order(rows.get(i), rows.get(i + 1), outgoing);
            }
        }

        Map<String, GraphNode> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        int tallest = rows.stream().mapToInt(List::size).max().orElse(0);
        int height = Math.max(NODE_HEIGHT, tallest * (NODE_HEIGHT + ROW_GAP) - ROW_GAP) + 2 * MARGIN;
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            List<String> row = rows.get(i);
            int columnHeight = row.size() * (NODE_HEIGHT + ROW_GAP) - ROW_GAP;
            int top = MARGIN + (height - 2 * MARGIN - columnHeight) / 2;
            for (int r = 0; r < row.size(); r++) {
                placements.add(new Placement(byId.get(row.get(r)), i, r, MARGIN + i * (NODE_WIDTH + LAYER_GAP),
                        top + r * (NODE_HEIGHT + ROW_GAP)));
            }
        }
        int width = layers == 0 ? 0 : layers * (NODE_WIDTH + LAYER_GAP) - LAYER_GAP + 2 * MARGIN;
        return new Layout(placements, edges, width, layers == 0 ? 0 : height);
    }

    /** The edges without those that close a cycle, found by a depth-first search in the nodes' order. */
    private static List<Edge> acyclic(List<GraphNode> nodes, List<Edge> edges) {
        Map<String, List<Edge>> out = new HashMap<>();
        edges.forEach(e -> out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e));
        Set<Edge> back = new HashSet<>();
        Set<String> done = new HashSet<>();
        Set<String> onPath = new HashSet<>();
        for (GraphNode node : nodes) {
            visit(node.id(), out, done, onPath, back);
        }
        return edges.stream().filter(e -> !back.contains(e)).toList();
    }

    private static void visit(String id, Map<String, List<Edge>> out, Set<String> done, Set<String> onPath, Set<Edge> back) {
        if (done.contains(id)) {
            return;
        }
        onPath.add(id);
        for (Edge edge : out.getOrDefault(id, List.of())) {
            if (onPath.contains(edge.to())) {
                back.add(edge);
            } else {
                visit(edge.to(), out, done, onPath, back);
            }
        }
        onPath.remove(id);
        done.add(id);
    }

    private static int layerOf(String id, Map<String, List<String>> incoming, Map<String, Integer> layer) {
        Integer known = layer.get(id);
        if (known != null) {
            return known;
        }
        int deepest = -1;
        for (String from : incoming.get(id)) {
            deepest = Math.max(deepest, layerOf(from, incoming, layer));
        }
        layer.put(id, deepest + 1);
        return deepest + 1;
    }

    /** Orders {@code row} by the mean position of each node's neighbours in {@code reference}; ties keep their order. */
    private static void order(List<String> row, List<String> reference, Map<String, List<String>> neighbours) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < reference.size(); i++) {
            position.put(reference.get(i), i);
        }
        Map<String, Double> weight = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            String id = row.get(i);
            double sum = 0;
            int count = 0;
            for (String other : neighbours.get(id)) {
                Integer p = position.get(other);
                if (p != null) {
                    sum += p;
                    count++;
                }
            }
            weight.put(id, count == 0 ? i : sum / count);
        }
        List<String> sorted = new ArrayList<>(row);
        sorted.sort(Comparator.comparingDouble(weight::get));
        row.clear();
        row.addAll(sorted);
    }
}
