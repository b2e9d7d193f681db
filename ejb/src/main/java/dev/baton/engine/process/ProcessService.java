package dev.baton.engine.process;

import dev.baton.domain.common.ActorName;
import dev.baton.domain.common.Ids;
import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.JsonText;
import dev.baton.domain.common.NotFoundException;
import dev.baton.domain.decision.Promises;
import dev.baton.domain.process.ProcessFilter;
import dev.baton.domain.process.ProcessInstance;
import dev.baton.domain.process.ProcessRepository;
import dev.baton.domain.process.ProcessState;
import dev.baton.domain.task.Task;
import dev.baton.domain.task.TaskRepository;
import dev.baton.domain.task.TaskState;
import dev.baton.engine.dispatch.Dispatcher;
import dev.baton.engine.dispatch.Effects;
import dev.baton.engine.dispatch.Lease;
import dev.baton.engine.dispatch.Leases;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Starts and reads processes. A start returns only after its transaction committed, so a success the
 * caller sees is durable; the start task is queued after the commit.
 */
@ApplicationScoped
public class ProcessService {

    private static final int MAX_PAGE = 500;

    @EJB
    StartProcessCommand startCommand;

    @Inject
    ProcessRepository processes;

    @Inject
    TaskRepository tasks;

    @Inject
    Leases leases;

    @Inject
    Dispatcher dispatcher;

    public StartOutcome start(StartRequest request) {
        StartOutcome outcome;
        try {
            outcome = startCommand.execute(request);
        } catch (BusinessKeyTakenException e) {
            // A concurrent start with the same business key won the race for the key row.
            ProcessInstance winner = startCommand.existing(ActorName.canonical(request.actor()), request.businessKey())
                    .orElseThrow(() -> e);
            return new StartOutcome(ProcessView.of(winner), false, new Effects());
        }
        dispatcher.apply(outcome.effects());
        return outcome;
    }

    public ProcessView get(String id) {
        return ProcessView.of(find(id));
    }

    public ProcessPage list(String state, String actor, String businessKey, Integer limit, String cursor) {
        ProcessState parsedState = null;
        if (state != null) {
            try {
                parsedState = ProcessState.valueOf(state.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("invalid-filter", "Unknown process state '" + state + "'.");
            }
        }
        int size = limit == null ? 50 : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidInputException("invalid-filter", "limit must be between 1 and " + MAX_PAGE + ".");
        }
        if (cursor != null && !Ids.isWellFormed(cursor)) {
            throw new InvalidInputException("invalid-cursor", "The cursor is not one this server returned.");
        }
        String canonicalActor = actor == null ? null : ActorName.canonical(actor);
        List<ProcessInstance> rows = processes.list(new ProcessFilter(parsedState, canonicalActor, businessKey, cursor, size + 1));
        boolean more = rows.size() > size;
        List<ProcessView> items = rows.stream().limit(size).map(ProcessView::of).toList();
        return new ProcessPage(items, more ? items.get(items.size() - 1).id() : null);
    }

    public List<TaskView> tasks(String processId) {
        find(processId);
        List<TaskView> views = new ArrayList<>();
        for (Task task : tasks.ofProcess(processId)) {
            Optional<Lease> lease = task.state() == TaskState.READY ? leases.find(task.id()) : Optional.empty();
            String state = lease.isPresent() ? "RUNNING" : task.state().name();
            List<String> dependsOn = List.copyOf(Promises.references(JsonText.parse(task.args())));
            views.add(new TaskView(task.id(), task.processId(), task.parentId(), task.ref(), task.actor(),
                    task.type().wireName(), task.method(), state, task.attempt(), dependsOn, JsonText.parse(task.args()),
                    task.state() == TaskState.COMPLETED ? JsonText.parse(task.result()) : null,
                    JsonText.parse(task.error()), lease.map(Lease::workerId).orElse(task.workerId()), task.createdAt(),
                    task.readyAt(), lease.map(Lease::leasedAt).orElse(task.startedAt()), task.endedAt(),
                    lease.map(Lease::expiresAt).orElse(null)));
        }
        return views;
    }

    private ProcessInstance find(String id) {
        if (!Ids.isWellFormed(id)) {
            throw new NotFoundException("unknown-process", "There is no process " + id + ".");
        }
        return processes.find(id).orElseThrow(() -> new NotFoundException("unknown-process", "There is no process " + id + "."));
    }
}
