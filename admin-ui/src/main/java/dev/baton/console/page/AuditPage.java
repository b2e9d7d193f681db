package dev.baton.console.page;

import dev.baton.console.facade.AuditFacade;
import dev.baton.console.format.Times;
import dev.baton.domain.common.EngineException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The audit log, filtered by operator, action, target and time, newest first, one keyset page at a time. */
@Named
@RequestScoped
public class AuditPage {

    private static final int PAGE = 50;

    @Inject
    AuditFacade audit;

    private String operator;
    private String action;
    private String target;
    private String from;
    private String to;
    private String cursor;
    private AuditFacade.Page page = new AuditFacade.Page(List.of(), null);

    public void load() {
        try {
            page = audit.page(operator, action, target, Times.parse(from, "From"), Times.parse(to, "To"),
                    cursor == null || cursor.isBlank() ? null : cursor, PAGE);
        } catch (EngineException e) {
            Messages.error(e.getMessage());
        }
    }

    public List<String> getActions() {
        return List.of("process.start", "process.suspend", "process.resume", "process.cancel", "process.restart",
                "process.abandon", "bulk.suspend", "bulk.resume", "bulk.cancel", "bulk.restart", "bulk.abandon",
                "actor.block", "actor.unblock", "actor.defaults");
    }

    public AuditFacade.Page getPage() {
        return page;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
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

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }
}
