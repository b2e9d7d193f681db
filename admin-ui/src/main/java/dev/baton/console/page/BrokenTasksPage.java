package dev.baton.console.page;

import dev.baton.console.facade.BrokenTaskFacade;
import dev.baton.console.facade.Operation;
import dev.baton.console.facade.ProcessFacade;
import dev.baton.console.format.Times;
import dev.baton.console.view.BrokenGroupRow;
import dev.baton.console.view.BulkRow;
import dev.baton.domain.common.EngineException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Broken tasks over a time range (default: the last 24 hours), grouped; a whole group is restarted or abandoned
 * as a bulk operation, whose progress the page lists.
 */
@Named
@ViewScoped
public class BrokenTasksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BrokenTaskFacade broken;

    @Inject
    ProcessFacade processes;

    private String from;
    private String to;
    private String reason;
    private Instant fromInstant;
    private Instant toInstant;
    private List<BrokenGroupRow> groups = List.of();
    private List<BulkRow> recent = List.of();

    public void load() {
        try {
            Instant now = broken.now();
            toInstant = to == null || to.isBlank() ? now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1))
                    : Times.parse(to, "To");
            fromInstant = from == null || from.isBlank() ? toInstant.minus(Duration.ofDays(1)) : Times.parse(from, "From");
            from = Times.field(fromInstant);
            to = Times.field(toInstant);
            groups = broken.groups(fromInstant, toInstant);
        } catch (EngineException e) {
            Messages.error(e.getMessage());
        }
        recent = processes.recentBulkOperations(10);
    }

    public String restartGroup(String key) {
        return repair(key, Operation.RESTART);
    }

    public String abandonGroup(String key) {
        return repair(key, Operation.ABANDON);
    }

    private String repair(String key, Operation operation) {
        return Messages.act(() -> {
            BrokenGroupRow group = groups.stream().filter(g -> g.key().equals(key)).findFirst()
                    .orElseThrow(() -> new dev.baton.domain.common.NotFoundException("unknown-group",
                            "That group is no longer listed; reload the page."));
            BulkRow started = broken.repair(group.startActor(), group.causeActor(), group.errorType(), fromInstant,
                    toInstant, operation, reason);
            Messages.info("Bulk operation " + started.id() + " started: " + started.action() + " the " + group.count()
                    + " failed processes of the group.");
            return "broken?faces-redirect=true&includeViewParams=true";
        });
    }

    /** The process list's URL for a group (failed processes of its start actor, failing actor and error type). */
    public String processesUrl(BrokenGroupRow g) {
        return "processes.xhtml?state=FAILED&actor=" + enc(g.startActor()) + "&causeActor=" + enc(g.causeActor())
                + "&errorType=" + enc(g.errorType());
    }

    private static String enc(String text) {
        return text == null ? "" : java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    public List<BrokenGroupRow> getGroups() {
        return groups;
    }

    public List<BulkRow> getRecent() {
        return recent;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
