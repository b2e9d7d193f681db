package dev.baton.engine.operation;

import dev.baton.domain.common.JsonText;
import dev.baton.domain.common.NotFoundException;
import dev.baton.domain.operation.BulkAction;
import dev.baton.domain.process.ProcessFilter;
import dev.baton.engine.dispatch.Dispatcher;
import dev.baton.engine.dispatch.Effects;
import dev.baton.engine.dispatch.NodeIdentity;
import dev.baton.engine.process.ProcessSearch;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bulk operations: an action over every process a filter selects, safe on tens of thousands of processes.
 * The request is recorded and answered at once; a pool thread of the receiving node then walks the
 * selected processes newest first, a chunk of {@value #CHUNK} per transaction, recording its position after
 * each. If that node dies, {@link #resumeOrphans()} (run by the elected executor) takes the run over from
 * the recorded position. The audit entry, with the number of processes affected, is written when it ends.
 */
@ApplicationScoped
public class BulkOperations {

    static final int CHUNK = 100;
    /** A run that has not reported for this long is presumed to have lost its node. */
    static final Duration ORPHANED_AFTER = Duration.ofSeconds(60);
    private static final Logger LOG = Logger.getLogger(BulkOperations.class.getName());

    @EJB
    BulkOperationCommand command;

    @Inject
    Dispatcher dispatcher;

    @Inject
    NodeIdentity node;

    @Resource
    ManagedExecutorService executor;

    public BulkView start(BulkAction action, ProcessSearch search, String reason, String operator) {
        search.toFilter(1);
        BulkView created = command.create(action, SearchJson.write(search), reason, operator, node.name());
        executor.execute(() -> run(created.id()));
        return created;
    }

    public BulkView get(String id) {
        return command.find(id).orElseThrow(() -> new NotFoundException("unknown-bulk-operation",
                "There is no bulk operation " + id + "."));
    }

    public List<BulkView> recent(int limit) {
        return command.recent(Math.max(1, Math.min(limit, 200)));
    }

    /** Waits up to {@code wait} for the operation to end; returns it as it stands then. */
    public BulkView await(String id, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        BulkView view = get(id);
        while ("RUNNING".equals(view.state()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            view = get(id);
        }
        return view;
    }

    /** Takes over runs whose node went silent, and continues them on this node. */
    public void resumeOrphans() {
        for (String id : command.runningIds()) {
            if (command.takeOver(id, node.name(), ORPHANED_AFTER)) {
                LOG.info(() -> "Taking over bulk operation " + id + ", whose node stopped reporting");
                executor.execute(() -> run(id));
            }
        }
    }

    void run(String id) {
        try {
            BulkView operation = get(id);
            ProcessFilter filter = SearchJson.read(JsonText.write(operation.filter())).toFilter(CHUNK);
            while (true) {
                Optional<String> position = command.position(id);
                if (position.isEmpty()) {
                    return;
                }
                List<String> page = command.nextPage(filter, position.get(), CHUNK);
                if (page.isEmpty()) {
                    command.finish(id);
                    return;
                }
                Optional<Effects> effects = command.chunk(id, position.get(), page, operation.requestedBy());
                if (effects.isEmpty()) {
                    return;
                }
                dispatcher.apply(effects.get());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Bulk operation " + id + " failed", e);
            try {
                command.fail(id, e.toString());
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Recording the failure of bulk operation " + id + " failed too", again);
            }
        }
    }
}
