package dev.baton.console.view;

import java.util.List;
import java.util.Map;

/**
 * The dashboard: open processes by state (exact), processes that ended in the last 24 hours by state, the
 * last hour's completions per minute as an SVG chart with its totals, actors whose queues nobody polls (the
 * longest-waiting {@value dev.baton.console.facade.OverviewFacade#LISTED} of {@code unpolledCount}),
 * blocked actors, and what this node sees of the cluster.
 */
public record DashboardView(String at, Map<String, Long> open, Map<String, Long> endedLastDay, String chartSvg,
                            long completedLastHour, long failedLastHour, long peakPerMinute, List<ActorRow> unpolled,
                            int unpolledCount, List<ActorRow> blocked, String nodeName, String memberAddress, List<String> members,
                            Map<String, Long> completionsPerNode) {
}
