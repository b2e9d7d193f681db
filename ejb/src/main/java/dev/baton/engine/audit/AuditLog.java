package dev.baton.engine.audit;

import dev.baton.domain.audit.AuditEntry;
import dev.baton.domain.audit.AuditFilter;
import dev.baton.domain.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;

/**
 * Records operator actions. {@link #record} joins the caller's transaction, so an action and its audit
 * entry are committed together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    private static final int MAX_PAGE = 500;

    @Inject
    AuditRepository entries;

    @Inject
    Clock clock;

    public void record(String operator, String action, String target, int affected, String detail) {
        entries.add(new AuditEntry(clock.instant(), operator == null ? "system" : operator, action, target, affected,
                detail));
    }

    public List<AuditView> list(AuditFilter filter) {
        int limit = Math.max(1, Math.min(filter.limit(), MAX_PAGE));
        return entries.list(new AuditFilter(filter.operator(), filter.action(), filter.target(), filter.from(),
                filter.to(), filter.afterId(), limit)).stream().map(AuditView::of).toList();
    }
}
