package dev.baton.console.page;

import dev.baton.console.facade.OverviewFacade;
import dev.baton.console.view.DashboardView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The dashboard: read-only, computed once per request. */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    OverviewFacade overview;

    private DashboardView view;

    public DashboardView getView() {
        if (view == null) {
            view = overview.dashboard();
        }
        return view;
    }
}
