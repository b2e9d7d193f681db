package dev.baton.engine.operation;

import dev.baton.domain.common.Ids;
import dev.baton.domain.operation.BulkAction;
import dev.baton.domain.operation.BulkOperation;
import dev.baton.domain.operation.BulkOperationRepository;
import dev.baton.domain.operation.BulkState;
import dev.baton.domain.process.ProcessFilter;
import dev.baton.domain.process.ProcessInstance;
import dev.baton.domain.process.ProcessRepository;
import dev.baton.engine.audit.AuditLog;
import dev.baton.engine.dispatch.Effects;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The transactions of a bulk operation: create it, read the next page of ids, apply the action to one chunk
 * (the processes locked in id order, those it does not apply to skipped), finish or fail it, take it over
 * from a node that went silent. Each chunk checks that the run is still where the caller thinks it is, so
 * two nodes running the same operation after a take-over never apply a chunk twice.
 */
@Stateless
public class BulkOperationCommand {

    @Inject
    BulkOperationRepository operations;

    @Inject
    ProcessRepository processes;

    @Inject
    ProcessOperations processOperations;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public BulkView create(BulkAction action, String filterJson, String reason, String operator, String node) {
        Instant now = clock.instant();
        BulkOperation operation = new BulkOperation(Ids.newId(now), action, filterJson, reason, operator, node, now);
        operations.add(operation);
        return BulkView.of(operation);
    }

    public Optional<BulkView> find(String id) {
        return Ids.isWellFormed(id) ? operations.find(id).map(BulkView::of) : Optional.empty();
    }

    public List<BulkView> recent(int limit) {
        return operations.recent(limit).stream().map(BulkView::of).toList();
    }

    public List<String> runningIds() {
        return operations.running().stream().map(BulkOperation::id).toList();
    }

    /** Where the run stands: the last process id handled, or null before the first chunk. */
    public Optional<String> position(String id) {
        return operations.find(id).filter(b -> b.state() == BulkState.RUNNING).map(b -> b.lastId() == null ? "" : b.lastId());
    }

    public List<String> nextPage(ProcessFilter filter, String afterId, int size) {
        return processes.ids(filter.after(afterId == null || afterId.isEmpty() ? null : afterId, size));
    }

    /**
     * Applies the action to the chunk; false (nothing changed) when the run moved on or ended meanwhile.
     * Processes are locked in ascending id order, as every transaction that locks several processes does.
     */
    public Optional<Effects> chunk(String id, String expectedPosition, List<String> ids, String operator) {
        BulkOperation operation = operations.lock(id).orElseThrow();
        String position = operation.lastId() == null ? "" : operation.lastId();
        if (operation.state() != BulkState.RUNNING || !position.equals(expectedPosition)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ProcessOperation action = processOperations.operationFor(operation.action());
        OperationRequest request = OperationRequest.of(operator, bulkReason(operation), now);
        List<String> ordered = new ArrayList<>(ids);
        ordered.sort(null);
        Effects effects = new Effects();
        int affected = 0;
        for (String processId : ordered) {
            Optional<ProcessInstance> process = processes.lock(processId);
            if (process.isPresent() && action.refusal(process.get(), request) == null) {
                action.apply(process.get(), request, effects);
                affected++;
            }
        }
        operation.chunkDone(ids.get(ids.size() - 1), ids.size(), affected, now);
        return Optional.of(effects);
    }

    public void finish(String id) {
        BulkOperation operation = operations.lock(id).orElseThrow();
        if (operation.state() != BulkState.RUNNING) {
            return;
        }
        operation.finish(clock.instant());
        audit.record(operation.requestedBy(), "bulk." + operation.action().wireName(), operation.id(),
                operation.affected(), "filter " + operation.filterJson() + "; matched " + operation.matched()
                        + ", skipped " + operation.skipped() + (operation.reason() == null ? "" : "; " + operation.reason()));
    }

    public void fail(String id, String error) {
        BulkOperation operation = operations.lock(id).orElseThrow();
        if (operation.state() == BulkState.RUNNING) {
            operation.fail(error, clock.instant());
            audit.record(operation.requestedBy(), "bulk." + operation.action().wireName(), operation.id(),
                    operation.affected(), "FAILED after " + operation.matched() + " processes: " + error);
        }
    }

    /** Takes a run over whose node has been silent for {@code silence}; true when this node now owns it. */
    public boolean takeOver(String id, String node, Duration silence) {
        BulkOperation operation = operations.lock(id).orElseThrow();
        if (!operation.isOrphaned(clock.instant(), silence)) {
            return false;
        }
        operation.takeOver(node, clock.instant());
        return true;
    }

    private static String bulkReason(BulkOperation operation) {
        return "bulk operation " + operation.id() + (operation.reason() == null ? "" : " (" + operation.reason() + ")");
    }
}
