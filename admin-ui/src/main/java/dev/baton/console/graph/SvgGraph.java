package dev.baton.console.graph;

import dev.baton.console.format.Html;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.baton.console.graph.LayeredLayout.NODE_HEIGHT;
import static dev.baton.console.graph.LayeredLayout.NODE_WIDTH;

/**
 * Writes a laid-out task graph as an SVG element. Every text that comes from the process (refs, actor names,
 * states, ids) is escaped, so the markup can be placed in the page as it is. Each node links to its row in the
 * task table ({@code #task-<id>}) and carries a tooltip with its full names.
 */
public final class SvgGraph {

    private static final Map<String, String[]> COLOURS = Map.of(
            "WAITING", new String[]{"#f1f5f9", "#94a3b8"},
            "SCHEDULED", new String[]{"#f5f3ff", "#8b5cf6"},
            "READY", new String[]{"#eff6ff", "#3b82f6"},
            "RUNNING", new String[]{"#fffbeb", "#d97706"},
            "AWAITING_EVENT", new String[]{"#f0fdfa", "#0d9488"},
            "RESOLVING", new String[]{"#eef2ff", "#6366f1"},
            "COMPLETED", new String[]{"#f0fdf4", "#16a34a"},
            "FAILED", new String[]{"#fef2f2", "#dc2626"},
            "CANCELLED", new String[]{"#f8fafc", "#64748b"});
    private static final int TITLE_CHARS = 24;

    private SvgGraph() {
    }

    /** The states in the order the legend lists them. */
    public static List<String> states() {
        return List.of("WAITING", "SCHEDULED", "READY", "RUNNING", "AWAITING_EVENT", "RESOLVING", "COMPLETED", "FAILED",
                "CANCELLED");
    }

    public static String fill(String state) {
        return COLOURS.getOrDefault(state, COLOURS.get("WAITING"))[0];
    }

    public static String stroke(String state) {
        return COLOURS.getOrDefault(state, COLOURS.get("WAITING"))[1];
    }

    public static String render(List<GraphNode> nodes) {
        LayeredLayout.Layout layout = LayeredLayout.layout(nodes);
        Map<String, LayeredLayout.Placement> at = layout.byId();
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"task-graph\" role=\"img\" aria-label=\"Task graph\" width=\"")
                .append(layout.width()).append("\" height=\"").append(layout.height()).append("\" viewBox=\"0 0 ")
                .append(layout.width()).append(' ').append(layout.height()).append("\">")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" ")
                .append("markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#475569\"/>")
                .append("</marker></defs>");
        for (LayeredLayout.Edge edge : layout.edges()) {
            LayeredLayout.Placement from = at.get(edge.from());
            LayeredLayout.Placement to = at.get(edge.to());
            svg.append(edge(from, to, edge.promise()));
        }
        for (LayeredLayout.Placement p : layout.placements()) {
            svg.append(node(p));
        }
        return svg.append("</svg>").toString();
    }

    private static String edge(LayeredLayout.Placement from, LayeredLayout.Placement to, boolean promise) {
        boolean forward = to.x() > from.x();
        int x1 = forward ? from.x() + NODE_WIDTH : from.x() + NODE_WIDTH / 2;
        int y1 = forward ? from.y() + NODE_HEIGHT / 2 : from.y() + NODE_HEIGHT;
        int x2 = forward ? to.x() : to.x() + NODE_WIDTH / 2;
        int y2 = forward ? to.y() + NODE_HEIGHT / 2 : to.y();
        int bend = forward ? Math.max(20, (x2 - x1) / 2) : 30;
        String d = forward
                ? "M" + x1 + "," + y1 + " C" + (x1 + bend) + "," + y1 + " " + (x2 - bend) + "," + y2 + " " + x2 + "," + y2
                : "M" + x1 + "," + y1 + " C" + x1 + "," + (y1 + bend) + " " + x2 + "," + (y2 - bend) + " " + x2 + "," + y2;
        return "<path class=\"edge " + (promise ? "promise" : "created") + "\" d=\"" + d + "\" fill=\"none\" stroke=\""
                + (promise ? "#475569" : "#cbd5e1") + "\" stroke-width=\"" + (promise ? "1.6" : "1.2") + "\""
                + (promise ? " marker-end=\"url(#arrow)\"" : " stroke-dasharray=\"4 3\"") + "/>";
    }

    private static String node(LayeredLayout.Placement p) {
        GraphNode n = p.node();
        String state = n.state() == null ? "WAITING" : n.state().toUpperCase(Locale.ROOT);
        String tooltip = n.title() + "\n" + n.subtitle() + "\n" + state + "\n" + n.id();
        return "<a href=\"#task-" + Html.escape(n.id()) + "\" class=\"node\" data-task=\"" + Html.escape(n.id())
                + "\" data-state=\"" + Html.escape(state) + "\"><title>" + Html.escape(tooltip) + "</title>"
                + "<rect x=\"" + p.x() + "\" y=\"" + p.y() + "\" width=\"" + NODE_WIDTH + "\" height=\"" + NODE_HEIGHT
                + "\" rx=\"7\" fill=\"" + fill(state) + "\" stroke=\"" + stroke(state) + "\" stroke-width=\"2\""
                + ("CANCELLED".equals(state) ? " stroke-dasharray=\"5 3\"" : "") + "/>"
                + "<text x=\"" + (p.x() + 9) + "\" y=\"" + (p.y() + 18) + "\" class=\"title\">"
                + Html.escape(Html.cut(n.title(), TITLE_CHARS)) + "</text>"
                + "<text x=\"" + (p.x() + 9) + "\" y=\"" + (p.y() + 36) + "\" class=\"sub\">"
                + Html.escape(Html.cut(n.subtitle(), 17)) + " · " + Html.escape(state.toLowerCase(Locale.ROOT).replace('_', ' '))
                + "</text></a>";
    }
}
