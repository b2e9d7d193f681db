package dev.baton.engine.task;

import dev.baton.domain.common.ActorName;
import dev.baton.domain.common.ConflictException;
import dev.baton.domain.common.EngineException;
import dev.baton.domain.common.Ids;
import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.NotFoundException;
import dev.baton.domain.decision.Decision;
import dev.baton.domain.task.Task;
import dev.baton.domain.task.TaskError;
import dev.baton.domain.task.TaskRepository;
import dev.baton.engine.config.EngineSettings;
import dev.baton.engine.actor.ActorRegistry;
import dev.baton.engine.dispatch.CompletionMeter;
import dev.baton.engine.dispatch.Dispatcher;
import dev.baton.engine.dispatch.Lease;
import dev.baton.engine.dispatch.Leases;
import dev.baton.engine.dispatch.NodeIdentity;
import dev.baton.engine.dispatch.TaskDelivery;
import dev.baton.engine.dispatch.Token;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The task protocol as the API sees it: poll, complete, decide, fail, heartbeat, and reports of many
 * outcomes at once. It runs outside any transaction: each report is one command in its own transaction,
 * and its effects reach Hazelcast only after that transaction committed.
 */
@ApplicationScoped
public class TaskService {

    @EJB
    ReportOutcomesCommand reportCommand;

    @Inject
    Dispatcher dispatcher;

    @Inject
    Leases leases;

    @Inject
    CompletionMeter meter;

    @Inject
    TaskRepository tasks;

    @Inject
    EngineSettings settings;

    @Inject
    NodeIdentity node;

    @Inject
    Clock clock;

    @Inject
    ActorRegistry registry;

    public void poll(String actor, String workerId, Integer max, Integer waitSeconds,
                     Predicate<List<TaskDelivery>> answer) {
        String canonical = ActorName.canonical(actor);
        if (workerId == null || workerId.isBlank() || workerId.length() > 200) {
            throw new InvalidInputException("invalid-poll", "workerId is required (at most 200 characters).");
        }
        int batch = max == null ? 1 : max;
        if (batch < 1 || batch > settings.pollMaxTasks()) {
            throw new InvalidInputException("invalid-poll", "max must be between 1 and " + settings.pollMaxTasks() + ".");
        }
        int wait = waitSeconds == null ? 0 : waitSeconds;
        if (wait < 0 || wait > settings.pollMaxWaitSeconds()) {
            throw new InvalidInputException("invalid-poll",
                    "waitSeconds must be between 0 and " + settings.pollMaxWaitSeconds() + ".");
        }
        registry.polled(canonical);
        dispatcher.awaitTasks(canonical, workerId, batch, Duration.ofSeconds(wait), answer);
    }

    public void complete(String taskId, String tokenText, JsonValue result) {
        reportOne(taskId, tokenText, (attempt, lease) -> new TaskOutcome.Completed(taskId, attempt, lease, result));
    }

    public void decide(String taskId, String tokenText, Decision decision) {
        reportOne(taskId, tokenText, (attempt, lease) -> new TaskOutcome.Decided(taskId, attempt, lease, decision));
    }

    public void fail(String taskId, String tokenText, TaskError error) {
        reportOne(taskId, tokenText, (attempt, lease) -> new TaskOutcome.Failed(taskId, attempt, lease, error));
    }

    /**
     * Reports many outcomes at once (results, decisions, failed attempts), in one transaction; each is
     * answered on its own: null when accepted, otherwise the refusal. Stale tokens are refused from the
     * lease alone, before the database is asked.
     */
    public List<EngineException> report(List<OutcomeRequest> requests) {
        if (requests.isEmpty() || requests.size() > settings.pollMaxTasks()) {
            throw new InvalidInputException("invalid-report",
                    "A report holds 1 to " + settings.pollMaxTasks() + " outcomes.");
        }
        List<EngineException> answers = new ArrayList<>(requests.size());
        List<TaskOutcome> accepted = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (OutcomeRequest request : requests) {
            try {
                Token token = Token.parse(request.token());
                accepted.add(request.outcome(token.attempt(), currentLease(request.taskId(), token)));
                positions.add(answers.size());
                answers.add(null);
            } catch (EngineException refused) {
                answers.add(refused);
            }
        }
        if (!accepted.isEmpty()) {
            ReportOutcomesCommand.Report report = reportCommand.execute(accepted);
            dispatcher.apply(report.effects());
            for (int i = 0; i < accepted.size(); i++) {
                EngineException refusal = report.refusals().get(i);
                answers.set(positions.get(i), refusal);
                if (refusal == null) {
                    countCompletion(accepted.get(i));
                }
            }
        }
        return answers;
    }

    /** One outcome as the batch report wants it, built once the token's attempt and lease are known. */
    public record OutcomeRequest(String taskId, String token, OutcomeFactory outcome) {
        TaskOutcome outcome(int attempt, Lease lease) {
            return outcome.create(attempt, lease);
        }
    }

    /** Makes the outcome from the token's attempt and the delivery's lease. */
    @FunctionalInterface
    public interface OutcomeFactory {
        TaskOutcome create(int attempt, Lease lease);
    }

    private void reportOne(String taskId, String tokenText, OutcomeFactory outcome) {
        EngineException refusal = report(List.of(new OutcomeRequest(taskId, tokenText, outcome))).get(0);
        if (refusal != null) {
            throw refusal;
        }
    }

    /** Completions are counted per actor for the actors view; without a lease the actor is not known here. */
    private void countCompletion(TaskOutcome outcome) {
        if (outcome.lease() != null && !(outcome instanceof TaskOutcome.Failed)) {
            meter.completed(outcome.lease().actor());
        }
    }

    /**
     * Extends the lease of the current delivery. If Hazelcast lost the lease but the database still
     * names this attempt as current, the lease is re-created: losing memory costs nothing.
     */
    public Instant heartbeat(String taskId, String tokenText) {
        Token token = Token.parse(tokenText);
        Instant now = clock.instant();
        Optional<Lease> lease = leases.find(taskId);
        if (lease.isPresent()) {
            if (!lease.get().matches(token)) {
                throw staleToken(taskId);
            }
            Lease extended = lease.get().extendedTo(now.plusSeconds(lease.get().timeoutSeconds()));
            if (!leases.replace(lease.get(), extended)) {
                throw staleToken(taskId);
            }
            return extended.expiresAt();
        }
        Task task = Ids.isWellFormed(taskId) ? tasks.find(taskId).orElse(null) : null;
        if (task == null) {
            throw new NotFoundException("unknown-task", "There is no task " + taskId + ".");
        }
        task.requireCurrentAttempt(token.attempt());
        Lease recreated = new Lease(taskId, task.processId(), task.actor(), token.attempt(), token.nonce(),
                "unknown", node.name(), now, now.plusSeconds(task.timeoutSeconds()), task.timeoutSeconds());
        if (!leases.tryAcquire(recreated)) {
            throw staleToken(taskId);
        }
        return recreated.expiresAt();
    }

    /** The lease for the token, if Hazelcast still has one; a lease of another delivery means the token is stale. */
    private Lease currentLease(String taskId, Token token) {
        Optional<Lease> lease = leases.find(taskId);
        if (lease.isPresent() && !lease.get().matches(token)) {
            throw staleToken(taskId);
        }
        return lease.orElse(null);
    }

    private static ConflictException staleToken(String taskId) {
        return new ConflictException("stale-token", "The token is not the current delivery of task " + taskId + ".");
    }
}
