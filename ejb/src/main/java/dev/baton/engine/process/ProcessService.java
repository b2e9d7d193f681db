package dev.baton.engine.process;

import dev.baton.domain.common.ActorName;
import dev.baton.domain.common.Ids;
import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.JsonText;
import dev.baton.domain.common.NotFoundException;
import dev.baton.domain.decision.Promises;
import dev.baton.domain.event.EventRepository;
import dev.baton.domain.history.HistoryRepository;
import dev.baton.domain.process.BrokenGroup;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Starts and reads processes. A start returns only after its transaction committed, so a success the
 * caller sees is durable; the start task is queued after the commit.
 */
@ApplicationScoped
public class ProcessService {

    private static final int MAX_PAGE = 500;
    private static final int MAX_HISTORY = 10_000;

    @EJB
    StartProcessCommand startCommand;

    @Inject
    ProcessRepository processes;

    @Inject
    TaskRepository tasks;

    @Inject
    Leases leases;

    @Inject
    HistoryRepository history;

    @Inject
    EventRepository events;

    @Inject
    Dispatcher dispatcher;

    public StartOutcome start(StartRequest request) {
        StartOutcome outcome;
        try {
            outcome = startCommand.execute(request);
        } catch (BusinessKeyTakenException e) {
            // A concurrent start with the same business key (or request key) won the race for the key row.
            ProcessInstance winner = (request.businessKey() != null
                    ? startCommand.existing(ActorName.canonical(request.actor()), request.businessKey())
                    : startCommand.existingForRequest(request.requestKey()))
                    .orElseThrow(() -> e);
            return new StartOutcome(ProcessView.of(winner), false, new Effects());
        }
        dispatcher.apply(outcome.effects());
        return outcome;
    }

    public ProcessView get(String id) {
        return ProcessView.of(find(id));
    }

    public ProcessPage list(ProcessSearch search, Integer limit) {
        int size = limit == null ? 50 : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidInputException("invalid-filter", "limit must be between 1 and " + MAX_PAGE + ".");
        }
        List<ProcessInstance> rows = processes.list(search.toFilter(size + 1));
        boolean more = rows.size() > size;
        List<ProcessView> items = rows.stream().limit(size).map(ProcessView::of).toList();
        return new ProcessPage(items, more ? items.get(items.size() - 1).id() : null);
    }

    /** How many processes are in each state; states without processes are listed with 0. */
    public Map<String, Long> countByState() {
        Map<ProcessState, Long> counts = processes.countByState();
        Map<String, Long> all = new LinkedHashMap<>();
        for (ProcessState state : ProcessState.values()) {
            all.put(state.name(), counts.getOrDefault(state, 0L));
        }
        return all;
    }

    public List<TaskView> tasks(String processId) {
        find(processId);
        List<TaskView> views = new ArrayList<>();
        for (Task task : tasks.ofProcess(processId)) {
            Optional<Lease> lease = task.state() == TaskState.READY ? leases.find(task.id()) : Optional.empty();
            String state = lease.isPresent() ? "RUNNING" : task.state().name();
            List<String> dependsOn = List.copyOf(Promises.references(JsonText.parse(task.args())));
            views.add(new TaskView(task.id(), task.processId(), task.parentId(), task.ref(), task.actor(),
                    task.type().wireName(), task.method(), task.eventName(), state, task.attempt(), dependsOn,
                    JsonText.parse(task.args()), task.state() == TaskState.COMPLETED ? JsonText.parse(task.result()) : null,
                    JsonText.parse(task.error()), lease.map(Lease::workerId).orElse(task.workerId()), task.createdAt(),
                    task.readyAt(), lease.map(Lease::leasedAt).orElse(task.startedAt()), task.endedAt(),
                    lease.map(Lease::expiresAt).orElse(null), task.timing().waitDeadline()));
        }
        return views;
    }

    /** The history of a process, oldest first (at most {@code limit} entries). */
    public List<HistoryView> history(String processId, int limit) {
        find(processId);
        return history.ofProcess(processId, Math.max(1, Math.min(limit, MAX_HISTORY))).stream().map(HistoryView::of).toList();
    }

    /** Events delivered to the process, consumed ones and those waiting in its mailbox. */
    public List<EventView> events(String processId) {
        find(processId);
        return events.ofProcess(processId).stream().map(EventView::of).toList();
    }

    /**
     * Failed processes in {@code [from, to)} grouped by how they broke: failing actor, error type, start actor,
     * with the count and the newest message. Restarting or abandoning a group is a bulk operation whose filter
     * is the group's ({@code state=FAILED, causeActor, errorType, actor}, ended in the range).
     */
    public List<BrokenGroup> brokenGroups(Instant from, Instant to, Integer limit) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException("invalid-filter", "from and to are required, from before to.");
        }
        return processes.brokenGroups(from, to, limit == null ? 100 : Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    private ProcessInstance find(String id) {
        if (!Ids.isWellFormed(id)) {
            throw new NotFoundException("unknown-process", "There is no process " + id + ".");
        }
        return processes.find(id).orElseThrow(() -> new NotFoundException("unknown-process", "There is no process " + id + "."));
    }
}
