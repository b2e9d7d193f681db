package dev.baton.console.page;

import dev.baton.console.facade.Operation;
import dev.baton.console.facade.ProcessFacade;
import dev.baton.console.facade.SelectionOutcome;
import dev.baton.console.format.Times;
import dev.baton.console.view.BulkRow;
import dev.baton.console.view.ProcessListView;
import dev.baton.console.view.ProcessRow;
import dev.baton.domain.common.EngineException;
import dev.baton.engine.process.ProcessSearch;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The process list: filters and the page cursor are GET parameters (bookmarkable, keyset-paged: a deep page costs
 * what the first one does); selected processes can be suspended, resumed, cancelled or restarted, and an operation
 * can be applied to every process the filter selects as a bulk operation.
 */
@Named
@ViewScoped
public class ProcessesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<Integer> SIZES = List.of(25, 50, 100, 200);

    @Inject
    ProcessFacade facade;

    private String state;
    private String actor;
    private String key;
    private String createdFrom;
    private String createdTo;
    private String errorType;
    private String causeActor;
    private String cursor;
    private Integer size;
    private String reason;

    private ProcessListView list = new ProcessListView(List.of(), null);
    private List<ProcessRow> selected = new ArrayList<>();

    public void load() {
        try {
            list = facade.list(search(), pageSize());
        } catch (EngineException e) {
            Messages.error(e.getMessage());
        }
    }

    ProcessSearch search() {
        return new ProcessSearch(blank(state) ? null : state.toUpperCase(Locale.ROOT), blank(actor) ? null : actor.trim(),
                blank(key) ? null : key.trim(), blank(errorType) ? null : errorType, blank(causeActor) ? null : causeActor,
                Times.parse(createdFrom, "Created from"), Times.parse(createdTo, "Created to"), null, null,
                blank(cursor) ? null : cursor);
    }

    public String suspend() {
        return onSelection(Operation.SUSPEND);
    }

    public String resume() {
        return onSelection(Operation.RESUME);
    }

    public String cancel() {
        return onSelection(Operation.CANCEL);
    }

    public String restart() {
        return onSelection(Operation.RESTART);
    }

    /** Applies the operation (its name) to every process the current filter selects, as a bulk operation. */
    public String applyToAll(String operation) {
        return Messages.act(() -> {
            ProcessSearch all = search();
            if (all.state() == null && all.actor() == null && all.businessKey() == null && all.errorType() == null
                    && all.causeActor() == null && all.createdFrom() == null && all.createdTo() == null) {
                // The API accepts an empty filter on purpose; one click in the console should not reach every process.
                Messages.warn("Set a filter first: the console does not apply an operation to every process there is.");
                return null;
            }
            BulkRow started = facade.applyToFilter(Operation.valueOf(operation), new ProcessSearch(all.state(), all.actor(),
                    all.businessKey(), all.errorType(), all.causeActor(), all.createdFrom(), all.createdTo(), null, null, null),
                    reason);
            Messages.info("Bulk operation " + started.id() + " started: " + started.action()
                    + " every matching process. The audit log records how many it changed when it ends.");
            return redirect();
        });
    }

    private String onSelection(Operation operation) {
        return Messages.act(() -> {
            if (selected == null || selected.isEmpty()) {
                Messages.warn("Select processes first.");
                return null;
            }
            SelectionOutcome outcome = facade.applyToSelection(operation, selected.stream().map(ProcessRow::id).toList(), reason);
            Messages.info(outcome.message());
            outcome.refusals().stream().limit(5).forEach(Messages::warn);
            return redirect();
        });
    }

    private String redirect() {
        return "processes?faces-redirect=true&includeViewParams=true";
    }

    private int pageSize() {
        return size != null && SIZES.contains(size) ? size : 50;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public List<String> getStates() {
        return List.of("RUNNING", "SUSPENDED", "COMPLETED", "FAILED", "CANCELLED");
    }

    public List<Integer> getSizes() {
        return SIZES;
    }

    public ProcessListView getList() {
        return list;
    }

    public List<ProcessRow> getSelected() {
        return selected;
    }

    public void setSelected(List<ProcessRow> selected) {
        this.selected = selected;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getCreatedFrom() {
        return createdFrom;
    }

    public void setCreatedFrom(String createdFrom) {
        this.createdFrom = createdFrom;
    }

    public String getCreatedTo() {
        return createdTo;
    }

    public void setCreatedTo(String createdTo) {
        this.createdTo = createdTo;
    }

    public String getErrorType() {
        return errorType;
    }

    public void setErrorType(String errorType) {
        this.errorType = errorType;
    }

    public String getCauseActor() {
        return causeActor;
    }

    public void setCauseActor(String causeActor) {
        this.causeActor = causeActor;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
