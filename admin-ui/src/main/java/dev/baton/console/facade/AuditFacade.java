package dev.baton.console.facade;

import dev.baton.console.format.Times;
import dev.baton.console.view.AuditRow;
import dev.baton.domain.audit.AuditFilter;
import dev.baton.domain.common.Ids;
import dev.baton.domain.common.InvalidInputException;
import dev.baton.engine.audit.AuditLog;
import dev.baton.engine.audit.AuditView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/** The audit log, newest first, keyset-paged by entry id (which carries the entry's time). */
@ApplicationScoped
public class AuditFacade {

    @Inject
    AuditLog audit;

    /** One page: {@code limit} rows and, when more exist, the cursor of the next page. */
    public record Page(List<AuditRow> rows, String next) {
    }

    public Page page(String operator, String action, String target, Instant from, Instant to, String cursor, int limit) {
        if (cursor != null && !Ids.isWellFormed(cursor)) {
            throw new InvalidInputException("invalid-cursor", "The cursor is not one this console made.");
        }
        List<AuditView> rows = audit.list(new AuditFilter(blankToNull(operator), blankToNull(action), blankToNull(target),
                from, to, cursor, limit + 1));
        List<AuditRow> shown = rows.stream().limit(limit).map(a -> new AuditRow(a.id(), Times.show(a.at()), a.operator(),
                a.action(), a.target(), a.affected(), a.detail())).toList();
        return new Page(shown, rows.size() > limit ? shown.get(shown.size() - 1).id() : null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
