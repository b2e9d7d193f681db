package dev.baton.console.graph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SvgGraphTest {

    @Test
    void textFromTheProcessIsEscapedSoItCannotInjectMarkup() {
        String svg = SvgGraph.render(List.of(new GraphNode("t1", "<script>alert(1)</script>", "evil\"actor#1",
                "FAILED", null, List.of())));
        assertFalse(svg.contains("<script>"), svg);
        assertTrue(svg.contains("&lt;script&gt;"), svg);
        assertTrue(svg.contains("evil&quot;actor"), svg);
    }

    @Test
    void nodesAreColouredByStateAndLinkToTheirTaskRowsAndPromisesCarryArrows() {
        String svg = SvgGraph.render(List.of(new GraphNode("s", "start", "d#1", "RESOLVING", null, List.of("w")),
                new GraphNode("w", "w", "worker#1", "RUNNING", "s", List.of())));
        assertTrue(svg.contains("href=\"#task-w\""), svg);
        assertTrue(svg.contains("data-state=\"RUNNING\"") && svg.contains(SvgGraph.stroke("RUNNING")), svg);
        assertEquals(1, count(svg, "class=\"edge created\""));
        assertEquals(1, count(svg, "class=\"edge promise\""), "a promise back to the decider is drawn, though left out of the layering");
    }

    @Test
    void aPromiseBetweenSiblingsIsAnArrowedEdge() {
        String svg = SvgGraph.render(List.of(new GraphNode("s", "start", "d#1", "RESOLVING", null, List.of()),
                new GraphNode("a", "a", "w#1", "COMPLETED", "s", List.of()),
                new GraphNode("b", "b", "w#1", "READY", "s", List.of("a"))));
        assertEquals(1, count(svg, "class=\"edge promise\""));
        assertTrue(svg.contains("marker-end=\"url(#arrow)\""));
        assertTrue(svg.startsWith("<svg") && svg.endsWith("</svg>"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
