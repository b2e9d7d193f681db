package dev.baton.console.graph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayeredLayoutTest {

    private static GraphNode node(String id, String parent, String... dependsOn) {
        return new GraphNode(id, id, "actor#1", "COMPLETED", parent, List.of(dependsOn));
    }

    /** start creates a, b, c; c joins a and b; d waits for c. */
    private static List<GraphNode> fanOutFanIn() {
        return List.of(node("start", null), node("a", "start"), node("b", "start"), node("c", "start", "a", "b"),
                node("d", "start", "c"));
    }

    @Test
    void everyEdgePointsToALaterLayerAndAJoinLiesAfterAllItsInputs() {
        LayeredLayout.Layout layout = LayeredLayout.layout(fanOutFanIn());
        Map<String, LayeredLayout.Placement> at = layout.byId();
        for (LayeredLayout.Edge edge : layout.edges()) {
            assertTrue(at.get(edge.from()).layer() < at.get(edge.to()).layer(), edge.toString());
        }
        assertEquals(0, at.get("start").layer());
        assertEquals(1, at.get("a").layer());
        assertEquals(1, at.get("b").layer());
        assertEquals(2, at.get("c").layer());
        assertEquals(3, at.get("d").layer());
        assertEquals(4 * LayeredLayout.NODE_WIDTH + 3 * LayeredLayout.LAYER_GAP + 2 * LayeredLayout.MARGIN, layout.width());
    }

    @Test
    void promisesAndCreationAreDistinctEdgesAndUnknownTasksAreIgnored() {
        List<LayeredLayout.Edge> edges = LayeredLayout.edges(List.of(node("start", null), node("a", "start", "ghost", "a")));
        assertEquals(List.of(new LayeredLayout.Edge("start", "a", false)), edges,
                "a promise on an unknown task or on itself draws nothing");
        List<LayeredLayout.Edge> join = LayeredLayout.edges(fanOutFanIn());
        assertTrue(join.contains(new LayeredLayout.Edge("a", "c", true)));
        assertTrue(join.contains(new LayeredLayout.Edge("start", "c", false)));
    }

    @Test
    void nodesNeverOverlap() {
        List<GraphNode> nodes = new ArrayList<>(List.of(node("start", null)));
        for (int i = 0; i < 30; i++) {
            nodes.add(node("t" + i, "start", i == 0 ? new String[0] : new String[]{"t" + (i / 2)}));
        }
        List<LayeredLayout.Placement> placements = LayeredLayout.layout(nodes).placements();
        for (LayeredLayout.Placement p : placements) {
            for (LayeredLayout.Placement q : placements) {
                if (p != q) {
                    boolean apart = p.x() + LayeredLayout.NODE_WIDTH <= q.x() || q.x() + LayeredLayout.NODE_WIDTH <= p.x()
                            || p.y() + LayeredLayout.NODE_HEIGHT <= q.y() || q.y() + LayeredLayout.NODE_HEIGHT <= p.y();
                    assertTrue(apart, p + " overlaps " + q);
                }
            }
        }
    }

    @Test
    void barycenterOrderingKeepsChildrenNextToTheirInputsSoEdgesDoNotCross() {
        // Layer 1: x then y (creation order); layer 2: q waits for y, p waits for x, created q first.
        List<GraphNode> nodes = List.of(node("s", null), node("x", "s"), node("y", "s"), node("q", null, "y"),
                node("p", null, "x"));
        Map<String, LayeredLayout.Placement> at = LayeredLayout.layout(nodes).byId();
        assertTrue(at.get("x").row() < at.get("y").row() == at.get("p").row() < at.get("q").row(),
                "p follows x and q follows y in the same order");
    }

    @Test
    void aCycleInStoredDataStillLaysOut() {
        List<GraphNode> nodes = List.of(node("a", null, "c"), node("b", null, "a"), node("c", null, "b"));
        LayeredLayout.Layout layout = LayeredLayout.layout(nodes);
        assertEquals(3, layout.placements().size());
        assertEquals(3, layout.edges().size(), "the cycle's edges are still drawn");
    }

    @Test
    void anEmptyGraphHasNoSize() {
        LayeredLayout.Layout layout = LayeredLayout.layout(List.of());
        assertEquals(0, layout.width());
        assertFalse(layout.placements().iterator().hasNext());
    }
}
