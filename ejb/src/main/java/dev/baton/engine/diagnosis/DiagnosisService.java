package dev.baton.engine.diagnosis;

import dev.baton.domain.common.Ids;
import dev.baton.domain.common.NotFoundException;
import dev.baton.domain.event.EventRepository;
import dev.baton.domain.event.ProcessEvent;
import dev.baton.domain.process.ProcessInstance;
import dev.baton.domain.process.ProcessRepository;
import dev.baton.domain.task.Task;
import dev.baton.domain.task.TaskDependency;
import dev.baton.domain.task.TaskError;
import dev.baton.domain.task.TaskRepository;
import dev.baton.domain.task.TaskState;
import dev.baton.engine.actor.ActorService;
import dev.baton.engine.actor.ActorView;
import dev.baton.engine.dispatch.Lease;
import dev.baton.engine.dispatch.Leases;
import dev.baton.engine.dispatch.ReadyQueues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gathers what {@link StuckAnalysis} needs about one process: its tasks and promise edges from the database,
 * leases and queue membership of its ready tasks from Hazelcast, the state of the actors those tasks wait
 * for, and the events waiting in its mailbox. Reads only; never changes anything.
 */
@ApplicationScoped
public class DiagnosisService {

    @Inject
    ProcessRepository processes;

    @Inject
    TaskRepository tasks;

    @Inject
    EventRepository events;

    @Inject
    Leases leases;

    @Inject
    ReadyQueues queues;

    @Inject
    ActorService actors;

    @Inject
    Clock clock;

    private final StuckAnalysis analysis = new StuckAnalysis(StuckAnalysis.DEFAULT_POLL_SILENCE);

    public Diagnosis diagnose(String processId) {
        NotFoundException unknown = new NotFoundException("unknown-process", "There is no process " + processId + ".");
        if (!Ids.isWellFormed(processId)) {
            throw unknown;
        }
        ProcessInstance process = processes.find(processId).orElseThrow(() -> unknown);
        List<Task> all = tasks.ofProcess(processId);
        Map<String, List<String>> edges = new HashMap<>();
        for (TaskDependency edge : process.isActive() ? tasks.dependenciesOfProcess(processId) : List.<TaskDependency>of()) {
            edges.computeIfAbsent(edge.taskId(), k -> new ArrayList<>()).add(edge.dependsOn());
        }
        List<TaskFacts> facts = new ArrayList<>(all.size());
        Set<String> ready = new LinkedHashSet<>();
        Set<String> actorNames = new LinkedHashSet<>();
        for (Task task : all) {
            TaskError error = TaskError.fromJsonText(task.error());
            facts.add(new TaskFacts(task.id(), task.ref(), task.actor(), task.type(), task.state(), task.attempt(),
                    task.eventName(), task.readyAt(), task.timing().waitDeadline(), edges.get(task.id()),
                    error == null ? null : error.type(), error == null ? null : error.message()));
            if (task.state() == TaskState.READY) {
                ready.add(task.id());
                actorNames.add(task.actor());
            }
        }
        Map<String, LeaseFacts> held = new HashMap<>();
        if (!ready.isEmpty()) {
            leases.leasesOf(ready).forEach((id, lease) -> held.put(id, facts(lease)));
        }
        Set<String> queued = ready.isEmpty() ? Set.of() : queues.withPayload(ready);
        Map<String, ActorFacts> actorFacts = new HashMap<>();
        for (String name : actorNames) {
            actors.actor(name).map(DiagnosisService::facts).ifPresent(f -> actorFacts.put(name, f));
        }
        Map<String, Integer> mailbox = new TreeMap<>();
        if (process.isActive()) {
            for (ProcessEvent event : events.ofProcess(processId)) {
                if (event.consumedBy() == null) {
                    mailbox.merge(event.name(), 1, Integer::sum);
                }
            }
        }
        TaskError error = TaskError.fromJsonText(process.error());
        ProcessFacts processFacts = new ProcessFacts(process.id(), process.actor(), process.state(),
                process.startTaskId(), process.openTasks(), process.deadlineAt(), process.causeTaskId(),
                process.errorType(), error == null ? null : error.message(), process.endedAt());
        return analysis.analyse(processFacts, facts, actorFacts, held, queued, mailbox, clock.instant());
    }

    private static LeaseFacts facts(Lease lease) {
        return new LeaseFacts(lease.taskId(), lease.attempt(), lease.workerId(), lease.node(), lease.leasedAt(),
                lease.expiresAt());
    }

    private static ActorFacts facts(ActorView actor) {
        return new ActorFacts(actor.actor(), actor.queueDepth(), actor.inFlight(), actor.lastPollAt(), actor.blocked(),
                actor.blockedBy(), actor.blockedAt());
    }
}
