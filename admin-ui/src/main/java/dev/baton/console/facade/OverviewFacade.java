package dev.baton.console.facade;

import dev.baton.console.format.Times;
import dev.baton.console.graph.ThroughputChart;
import dev.baton.console.view.ActorRow;
import dev.baton.console.view.DashboardView;
import dev.baton.engine.actor.ActorView;
import dev.baton.engine.overview.Overview;
import dev.baton.engine.overview.OverviewService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;

/** The dashboard's figures, from the engine's {@code OverviewService}. */
@ApplicationScoped
public class OverviewFacade {

    /** The dashboard lists this many unpolled actors (longest-waiting first); the actors page has them all. */
    public static final int LISTED = 8;

    @Inject
    OverviewService overview;

    public DashboardView dashboard() {
        Overview o = overview.overview();
        List<ThroughputChart.Bar> bars = o.lastHour().stream()
                .map(m -> new ThroughputChart.Bar(m.start(), m.completed(), m.failed())).toList();
        long completed = o.lastHour().stream().mapToLong(Overview.Minute::completed).sum();
        long failed = o.lastHour().stream().mapToLong(Overview.Minute::failed).sum();
        long peak = o.lastHour().stream().mapToLong(m -> m.completed() + m.failed()).max().orElse(0);
        List<ActorRow> unpolled = o.unpolled().stream()
                .sorted(Comparator.comparing((ActorView a) -> a.oldestReadySeconds() == null ? 0L : a.oldestReadySeconds())
                        .reversed())
                .limit(LISTED).map(a -> ActorFacade.row(a, o.at())).toList();
        List<ActorRow> blocked = o.blocked().stream().map(a -> ActorFacade.row(a, o.at())).toList();
        return new DashboardView(Times.show(o.at()), o.open(), o.endedLastDay(), ThroughputChart.render(bars, Times.zone()),
                completed, failed, peak, unpolled, o.unpolled().size(), blocked, o.node().name(), o.node().memberAddress(), o.node().members(),
                o.node().completionsPerNode());
    }
}
