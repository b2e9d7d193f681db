package dev.baton.console.facade;

import dev.baton.console.format.Html;
import dev.baton.console.format.JsonBlock;
import dev.baton.console.format.Times;
import dev.baton.console.security.ConsoleUser;
import dev.baton.console.view.BulkRow;
import dev.baton.console.view.ProcessListView;
import dev.baton.console.view.ProcessRow;
import dev.baton.domain.common.EngineException;
import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.JsonText;
import dev.baton.domain.process.DeadlineAction;
import dev.baton.engine.audit.RecordAuditCommand;
import dev.baton.engine.operation.BulkOperations;
import dev.baton.engine.operation.BulkView;
import dev.baton.engine.operation.ProcessOperations;
import dev.baton.engine.process.ProcessPage;
import dev.baton.engine.process.ProcessSearch;
import dev.baton.engine.process.ProcessService;
import dev.baton.engine.process.ProcessView;
import dev.baton.engine.process.StartOutcome;
import dev.baton.engine.process.StartRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Processes for the console: the keyset-paged list, starting one, and the operators' levers on one process, on
 * a selection of processes, or (as a bulk operation) on every process a filter selects. The detail page has a
 * facade of its own ({@link ProcessDetailFacade}).
 */
@ApplicationScoped
public class ProcessFacade {

    /** Processes operated on one by one from a selection; more than this is a job for a bulk operation. */
    static final int MAX_SELECTION = 500;

    @Inject
    ProcessService processes;

    @Inject
    ProcessOperations operations;

    @Inject
    BulkOperations bulk;

    @Inject
    ConsoleUser user;

    @EJB
    RecordAuditCommand audit;

    public ProcessListView list(ProcessSearch search, int limit) {
        ProcessPage page = processes.list(search, limit);
        return new ProcessListView(page.items().stream().map(ProcessFacade::row).toList(), page.next());
    }

    /** Starts a process; the arguments are typed JSON and must be an array. Returns the process id. */
    public String start(String actor, String argsText, String businessKey, Integer deadlineSeconds) {
        String operator = user.requireAdmin();
        if (actor == null || actor.isBlank()) {
            throw new InvalidInputException("missing-field", "The actor is required, as name#version.");
        }
        JsonArray args = parseArgs(argsText);
        if (deadlineSeconds != null && deadlineSeconds < 1) {
            throw new InvalidInputException("invalid-field", "The deadline must be at least one second.");
        }
        StartOutcome outcome = processes.start(new StartRequest(actor.trim(), args,
                businessKey == null || businessKey.isBlank() ? null : businessKey.trim(), deadlineSeconds,
                deadlineSeconds == null ? null : DeadlineAction.FAIL));
        ProcessView started = outcome.process();
        audit.record(operator, "process.start", started.id(), outcome.created() ? 1 : 0, "actor " + started.actor()
                + (started.businessKey() == null ? "" : ", business key " + started.businessKey())
                + (outcome.created() ? "" : " (already started with that key: the existing process was returned)")
                + ", from the console");
        return started.id();
    }

    /** Suspend, resume, cancel, restart or abandon one process; returns the process's state afterwards. */
    public String operate(String processId, Operation operation, String reason) {
        String operator = user.requireAdmin();
        ProcessView after = switch (operation) {
            case SUSPEND -> operations.suspend(processId, operator, reason);
            case RESUME -> operations.resume(processId, operator, reason);
            case CANCEL -> operations.cancel(processId, operator, reason);
            case RESTART -> operations.restart(processId, operator, reason);
            case ABANDON -> operations.abandon(processId, operator, reason);
        };
        return after.state();
    }

    /** Restarts the task that failed its process with the arguments the operator edited (a JSON array of values). */
    public String restartTask(String taskId, String argsText, String reason) {
        String operator = user.requireAdmin();
        return operations.restartTask(taskId, parseArgs(argsText), operator, reason).state();
    }

    /**
     * Applies the operation to each selected process in its own transaction (each audited on its own); a process
     * it does not apply to is left as it is and its refusal reported.
     */
    public SelectionOutcome applyToSelection(Operation operation, List<String> ids, String reason) {
        user.requireAdmin();
        if (ids.size() > MAX_SELECTION) {
            throw new InvalidInputException("invalid-selection", "At most " + MAX_SELECTION
                    + " processes can be selected; use \"apply to all matching\" for more.");
        }
        int applied = 0;
        List<String> refusals = new ArrayList<>();
        for (String id : ids) {
            try {
                operate(id, operation, reason);
                applied++;
            } catch (EngineException e) {
                refusals.add(e.getMessage());
            }
        }
        return new SelectionOutcome(operation, applied, refusals);
    }

    /** Starts a bulk operation over every process the search selects; it runs in the background. */
    public BulkRow applyToFilter(Operation operation, ProcessSearch search, String reason) {
        String operator = user.requireAdmin();
        return bulkRow(bulk.start(operation.bulk(), search, reason, operator));
    }

    public BulkRow bulkOperation(String id) {
        return bulkRow(bulk.get(id));
    }

    public List<BulkRow> recentBulkOperations(int limit) {
        return bulk.recent(limit).stream().map(ProcessFacade::bulkRow).toList();
    }

    static JsonArray parseArgs(String text) {
        if (text == null || text.isBlank()) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        JsonValue value = JsonText.parse(text);
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException("invalid-args", "The arguments must be a JSON array, e.g. [1, \"two\"].");
        }
        return value.asJsonArray();
    }

    static ProcessRow row(ProcessView p) {
        return new ProcessRow(p.id(), p.actor(), p.businessKey(), p.state(), Times.show(p.createdAt()),
                Times.show(p.endedAt()), p.error() == null ? null : errorType(p.error()), null);
    }

    private static String errorType(JsonValue error) {
        return error.getValueType() == JsonValue.ValueType.OBJECT ? error.asJsonObject().getString("type", null) : null;
    }

    static BulkRow bulkRow(BulkView b) {
        return new BulkRow(b.id(), b.action(), Html.cut(JsonText.write(b.filter()), 300), b.state(), b.matched(),
                b.affected(), b.skipped(), b.requestedBy(), Times.show(b.createdAt()), Times.show(b.endedAt()),
                b.lastError());
    }

    /** The arguments of a task, pretty-printed for editing. */
    static String editable(JsonValue args) {
        return args == null ? "[]" : JsonBlock.pretty(args);
    }
}
