package dev.baton.engine.process;

import dev.baton.domain.common.ActorName;
import dev.baton.domain.common.ConflictException;
import dev.baton.domain.common.Ids;
import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.decision.Promises;
import dev.baton.domain.history.HistoryEntry;
import dev.baton.domain.history.HistoryKind;
import dev.baton.domain.history.HistoryRepository;
import dev.baton.domain.process.DeadlineAction;
import dev.baton.domain.process.ProcessInstance;
import dev.baton.domain.process.ProcessKey;
import dev.baton.domain.process.ProcessRepository;
import dev.baton.domain.process.RequestKey;
import dev.baton.domain.process.RequestKeyRepository;
import dev.baton.domain.task.Task;
import dev.baton.domain.task.TaskRepository;
import dev.baton.engine.actor.ActorRegistry;
import dev.baton.engine.dispatch.Effects;
import dev.baton.engine.task.PayloadLimits;
import dev.baton.engine.task.Settlement;
import dev.baton.engine.task.TaskDefaults;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Creates a process and its start task (a decider task of the start actor, with the process's
 * arguments) in one transaction. With a business key, the key is claimed first: a concurrent start with
 * the same key fails on that row, and the caller then returns the process that won. A request key is
 * claimed the same way, in the same transaction, so a repeated request (a redelivered JMS message) finds the
 * process its first delivery started. When registration is required, only known actors can be started.
 */
@Stateless
public class StartProcessCommand {

    /** A process deadline is bounded at ten years; longer is "no deadline". */
    static final int MAX_DEADLINE_SECONDS = 10 * 366 * 86_400;

    @Inject
    ProcessRepository processes;

    @Inject
    RequestKeyRepository requestKeys;

    @Inject
    ActorRegistry registry;

    @Inject
    TaskRepository tasks;

    @Inject
    HistoryRepository history;

    @Inject
    Settlement settlement;

    @Inject
    PayloadLimits limits;

    @Inject
    TaskDefaults defaults;

    @Inject
    Clock clock;

    public StartOutcome execute(StartRequest request) {
        String actor = ActorName.canonical(request.actor());
        String businessKey = request.businessKey();
        if (businessKey != null && (businessKey.isBlank() || businessKey.length() > 200)) {
            throw new InvalidInputException("invalid-business-key", "businessKey must be 1 to 200 characters.");
        }
        String requestKey = request.requestKey();
        if (requestKey != null && (requestKey.isBlank() || requestKey.length() > 200)) {
            throw new InvalidInputException("invalid-request-key", "A request key must be 1 to 200 characters.");
        }
        registry.requireKnown(actor);
        JsonValue args = request.args() == null ? JsonValue.EMPTY_JSON_ARRAY : request.args();
        if (!Promises.references(args).isEmpty()) {
            throw new InvalidInputException("invalid-args",
                    "A process's arguments are values; promises exist only between tasks of one process.");
        }
        String argsText = limits.check("args", args);
        if (request.deadlineSeconds() != null && (request.deadlineSeconds() < 1 || request.deadlineSeconds() > MAX_DEADLINE_SECONDS)) {
            throw new InvalidInputException("invalid-field", "deadlineSeconds must be between 1 and " + MAX_DEADLINE_SECONDS + ".");
        }
        if (businessKey != null) {
            Optional<ProcessInstance> existing = existing(actor, businessKey);
            if (existing.isPresent()) {
                return new StartOutcome(ProcessView.of(existing.get()), false, new Effects());
            }
        }
        if (requestKey != null) {
            Optional<ProcessInstance> existing = existingForRequest(requestKey);
            if (existing.isPresent()) {
                return new StartOutcome(ProcessView.of(existing.get()), false, new Effects());
            }
        }
        Instant now = clock.instant();
        String processId = Ids.newId(now);
        String taskId = Ids.newId(now);
        if (businessKey != null) {
            try {
                processes.claimKey(new ProcessKey(actor, businessKey, processId));
            } catch (PersistenceException e) {
                throw new BusinessKeyTakenException(actor, businessKey);
            }
        }
        if (requestKey != null) {
            try {
                requestKeys.claim(new RequestKey(requestKey, processId, now));
            } catch (PersistenceException e) {
                throw new BusinessKeyTakenException(actor, "request " + requestKey);
            }
        }
        ProcessInstance process = new ProcessInstance(processId, actor, businessKey, argsText, taskId, now);
        if (request.deadlineSeconds() != null) {
            process.deadline(now.plusSeconds(request.deadlineSeconds()),
                    request.onDeadline() == null ? DeadlineAction.FAIL : request.onDeadline());
        }
        if (request.scheduleName() != null) {
            process.startedBy(request.scheduleName());
        }
        processes.add(process);
        Task start = Task.create(defaults.startSpecFor(actor).id(taskId).processId(processId).args(argsText).build(), now);
        tasks.add(start);
        history.append(HistoryEntry.ofProcess(processId, HistoryKind.PROCESS_STARTED, now, actor,
                startDetail(businessKey, request.scheduleName())));
        Effects effects = new Effects();
        effects.enqueue(settlement.payloadOf(start));
        return new StartOutcome(ProcessView.of(process), true, effects);
    }

    private static String startDetail(String businessKey, String scheduleName) {
        String key = businessKey == null ? null : "business key " + businessKey;
        String schedule = scheduleName == null ? null : "started by schedule " + scheduleName;
        return key == null ? schedule : schedule == null ? key : schedule + ", " + key;
    }

    public Optional<ProcessInstance> existing(String actor, String businessKey) {
        return processes.processIdForKey(actor, businessKey).flatMap(processes::find);
    }

    /**
     * The process a request with this key started. When that process is gone (deleted by retention), the request
     * was still handled once: it is refused as {@code duplicate-request} rather than started again.
     */
    public Optional<ProcessInstance> existingForRequest(String requestKey) {
        Optional<String> processId = requestKeys.processIdFor(requestKey);
        if (processId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(processes.find(processId.get()).orElseThrow(() -> new ConflictException("duplicate-request",
                "Request " + requestKey + " started process " + processId.get() + " before, which no longer exists.")));
    }
}
