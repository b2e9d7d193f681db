package dev.baton.engine.process;

import dev.baton.domain.common.ActorName;
import dev.baton.domain.common.Ids;
import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.decision.Promises;
import dev.baton.domain.history.HistoryEntry;
import dev.baton.domain.history.HistoryKind;
import dev.baton.domain.history.HistoryRepository;
import dev.baton.domain.process.ProcessInstance;
import dev.baton.domain.process.ProcessKey;
import dev.baton.domain.process.ProcessRepository;
import dev.baton.domain.task.Task;
import dev.baton.domain.task.TaskRepository;
import dev.baton.domain.task.TaskSpec;
import dev.baton.domain.task.TaskType;
import dev.baton.engine.config.EngineSettings;
import dev.baton.engine.dispatch.Effects;
import dev.baton.engine.task.PayloadLimits;
import dev.baton.engine.task.Settlement;
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
 * the same key fails on that row, and the caller then returns the process that won.
 */
@Stateless
public class StartProcessCommand {

    @Inject
    ProcessRepository processes;

    @Inject
    TaskRepository tasks;

    @Inject
    HistoryRepository history;

    @Inject
    Settlement settlement;

    @Inject
    PayloadLimits limits;

    @Inject
    EngineSettings settings;

    @Inject
    Clock clock;

    public StartOutcome execute(StartRequest request) {
        String actor = ActorName.canonical(request.actor());
        String businessKey = request.businessKey();
        if (businessKey != null && (businessKey.isBlank() || businessKey.length() > 200)) {
            throw new InvalidInputException("invalid-business-key", "businessKey must be 1 to 200 characters.");
        }
        JsonValue args = request.args() == null ? JsonValue.EMPTY_JSON_ARRAY : request.args();
        if (!Promises.references(args).isEmpty()) {
            throw new InvalidInputException("invalid-args",
                    "A process's arguments are values; promises exist only between tasks of one process.");
        }
        String argsText = limits.check("args", args);
        if (businessKey != null) {
            Optional<ProcessInstance> existing = existing(actor, businessKey);
            if (existing.isPresent()) {
                return new StartOutcome(ProcessView.of(existing.get()), false, new Effects());
            }
        }
        Instant now = clock.instant();
        String processId = Ids.newId();
        String taskId = Ids.newId();
        if (businessKey != null) {
            try {
                processes.claimKey(new ProcessKey(actor, businessKey, processId));
            } catch (PersistenceException e) {
                throw new BusinessKeyTakenException(actor, businessKey);
            }
        }
        ProcessInstance process = new ProcessInstance(processId, actor, businessKey, argsText, taskId, now);
        processes.add(process);
        Task start = Task.create(new TaskSpec(taskId, processId, null, null, actor, TaskType.DECIDER, null, argsText,
                0, false, settings.defaultRetryPolicy(), settings.leaseTimeoutSeconds()), now);
        tasks.add(start);
        history.append(HistoryEntry.ofProcess(processId, HistoryKind.PROCESS_STARTED, now, actor,
                businessKey == null ? null : "business key " + businessKey));
        Effects effects = new Effects();
        effects.enqueue(settlement.payloadOf(start));
        return new StartOutcome(ProcessView.of(process), true, effects);
    }

    public Optional<ProcessInstance> existing(String actor, String businessKey) {
        return processes.processIdForKey(actor, businessKey).flatMap(processes::find);
    }
}
