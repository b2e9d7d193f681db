package dev.baton.console.facade;

import dev.baton.console.format.Times;
import dev.baton.console.security.ConsoleUser;
import dev.baton.console.view.BrokenGroupRow;
import dev.baton.console.view.BulkRow;
import dev.baton.domain.process.BrokenGroup;
import dev.baton.engine.operation.BulkOperations;
import dev.baton.engine.process.ProcessSearch;
import dev.baton.engine.process.ProcessService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Broken tasks: failed processes of a time range grouped by the actor whose task failed, the error type and
 * the start actor. Restarting or abandoning a group is a bulk operation whose filter is exactly the group's.
 */
@ApplicationScoped
public class BrokenTaskFacade {

    @Inject
    ProcessService processes;

    @Inject
    BulkOperations bulk;

    @Inject
    ConsoleUser user;

    @Inject
    Clock clock;

    /** The engine's time, which the default range ends at. */
    public Instant now() {
        return clock.instant();
    }

    public List<BrokenGroupRow> groups(Instant from, Instant to) {
        return processes.brokenGroups(from, to, 200).stream().map(BrokenTaskFacade::row).toList();
    }

    /** Restarts or abandons every failed process of the group (ended in the range); returns the bulk operation. */
    public BulkRow repair(String startActor, String causeActor, String errorType, Instant from, Instant to,
                          Operation operation, String reason) {
        String operator = user.requireAdmin();
        if (operation != Operation.RESTART && operation != Operation.ABANDON) {
            throw new IllegalArgumentException("A broken group is restarted or abandoned, not " + operation);
        }
        return ProcessFacade.bulkRow(bulk.start(operation.bulk(), search(startActor, causeActor, errorType, from, to),
                reason, operator));
    }

    /** The processes of a group, as the process list filters them. */
    public static ProcessSearch search(String startActor, String causeActor, String errorType, Instant from, Instant to) {
        return new ProcessSearch("FAILED", startActor, null, errorType, causeActor, null, null, from, to, null);
    }

    private static BrokenGroupRow row(BrokenGroup g) {
        String key = g.startActor() + "|" + g.causeActor() + "|" + g.errorType();
        return new BrokenGroupRow(key, g.causeActor(), g.errorType(), g.startActor(), g.count(), Times.show(g.newestAt()),
                g.newestProcessId(), g.newestMessage());
    }
}
