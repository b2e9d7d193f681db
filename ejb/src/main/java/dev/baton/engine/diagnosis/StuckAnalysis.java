package dev.baton.engine.diagnosis;

import dev.baton.domain.process.ProcessState;
import dev.baton.engine.diagnosis.Diagnosis.Verdict;
import dev.baton.engine.diagnosis.Finding.Kind;
import dev.baton.engine.diagnosis.Suggestion.Action;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Explains why an unfinished process has not finished yet. It starts at the start task and follows the
 * promises each unfinished task waits for, down to the tasks that are not waiting for other tasks: those
 * are the ones that hold the process up, and for each the dispatch side tells why (blocked actor, nobody
 * polling, a lease held or expired, a due time, an awaited event). Tasks that keep the process open although
 * the start task has its value are explained after that. The analysis is a pure function of the facts it is
 * given, so it is tested without a server.
 */
public final class StuckAnalysis {

    /** A poll older than this means nobody is polling the actor any more. */
    public static final Duration DEFAULT_POLL_SILENCE = dev.baton.engine.actor.ActorView.POLL_SILENCE;

    private final Duration pollSilence;

    public StuckAnalysis(Duration pollSilence) {
        this.pollSilence = pollSilence;
    }

    /**
     * @param tasks   every task of the process, in creation order
     * @param actors  dispatch facts of the actors involved (an actor left out counts as never polled)
     * @param leases  leases held on the process's tasks, by task id
     * @param queued  ids of the process's tasks that are in a ready queue
     * @param mailbox events delivered to the process and not consumed yet, counted by name
     */
    public Diagnosis analyse(ProcessFacts process, List<TaskFacts> tasks, Map<String, ActorFacts> actors,
                             Map<String, LeaseFacts> leases, Set<String> queued, Map<String, Integer> mailbox,
                             Instant now) {
        Walk walk = new Walk(process, tasks, actors, leases, queued, mailbox, now);
        return walk.run();
    }

    private final class Walk {
        private final ProcessFacts process;
        private final List<TaskFacts> tasks;
        private final Map<String, TaskFacts> byId;
        private final Map<String, ActorFacts> actors;
        private final Map<String, LeaseFacts> leases;
        private final Set<String> queued;
        private final Map<String, Integer> mailbox;
        private final Instant now;
        private final List<Finding> chain = new ArrayList<>();
        private final Set<String> visited = new HashSet<>();
        private final Map<Verdict, Finding> causes = new EnumMap<>(Verdict.class);
        private final Map<String, Ranked> suggestions = new LinkedHashMap<>();

        Walk(ProcessFacts process, List<TaskFacts> tasks, Map<String, ActorFacts> actors, Map<String, LeaseFacts> leases,
             Set<String> queued, Map<String, Integer> mailbox, Instant now) {
            this.process = process;
            this.tasks = tasks;
            this.byId = tasks.stream().collect(Collectors.toMap(TaskFacts::id, Function.identity(), (a, b) -> a));
            this.actors = actors;
            this.leases = leases;
            this.queued = queued;
            this.mailbox = mailbox;
            this.now = now;
        }

        Diagnosis run() {
            switch (process.state()) {
                case COMPLETED, CANCELLED -> finished();
                case FAILED -> failed();
                default -> active();
            }
            Verdict verdict = causes.keySet().stream().findFirst().orElse(Verdict.NOT_QUEUED);
            Finding cause = causes.get(verdict);
            String summary = cause == null
                    ? "Nothing open explains the wait: the process has no unfinished task the engine knows of."
                    : headline(verdict) + ": " + cause.text();
            List<Suggestion> ordered = suggestions.values().stream()
                    .sorted(Comparator.comparingInt(Ranked::rank))
                    .map(Ranked::suggestion)
                    .toList();
            return new Diagnosis(process.id(), verdict, summary, List.copyOf(chain), ordered, now);
        }

        private void finished() {
            add(0, Kind.FINISHED, null, process.actor(), "The process is " + process.state()
                    + (process.endedAt() == null ? "" : " since " + ago(process.endedAt())) + "; nothing waits.",
                    process.endedAt(), null, Verdict.FINISHED);
            suggest(Verdict.FINISHED, Action.NONE, process.id(), "Nothing to do.");
        }

        private void failed() {
            String why = (process.errorType() == null ? "" : process.errorType() + ": ")
                    + (process.errorMessage() == null ? "" : process.errorMessage());
            add(0, Kind.FAILED, process.causeTaskId(), process.actor(), "The process failed "
                    + (process.endedAt() == null ? "" : ago(process.endedAt()) + " ago") + (why.isBlank() ? "." : ": " + why),
                    process.endedAt(), null, Verdict.FAILED);
            TaskFacts cause = process.causeTaskId() == null ? null : byId.get(process.causeTaskId());
            if (cause != null) {
                add(1, Kind.FAILED, cause.id(), cause.actor(), "Task " + label(cause) + " failed for good after attempt "
                        + cause.attempt() + (cause.errorType() == null ? "" : " (" + cause.errorType() + ": "
                        + cause.errorMessage() + ")") + ".", null, null, null);
                suggest(Verdict.FAILED, Action.RESTART_TASK, cause.id(), "Restart task " + label(cause)
                        + ", with corrected arguments if its input was wrong; or abandon the process.");
            } else {
                suggest(Verdict.FAILED, Action.RESTART_TASK, process.id(),
                        "Restart the process (its cancelled tasks come back), or abandon it.");
            }
        }

        private void active() {
            if (process.state() == ProcessState.SUSPENDED) {
                add(0, Kind.SUSPENDED, null, process.actor(),
                        "The process is suspended: none of its tasks is dispatched until it is resumed.",
                        null, null, Verdict.SUSPENDED);
                suggest(Verdict.SUSPENDED, Action.RESUME_PROCESS, process.id(), "Resume the process.");
            }
            if (process.deadlineAt() != null) {
                add(0, Kind.DEADLINE, null, process.actor(), "The process must finish by its deadline, "
                        + until(process.deadlineAt()) + ".", null, process.deadlineAt(), null);
            }
            TaskFacts start = process.startTaskId() == null ? null : byId.get(process.startTaskId());
            if (start != null && !start.isFinished()) {
                explain(start, 0);
            }
            List<TaskFacts> others = tasks.stream().filter(t -> !t.isFinished() && !visited.contains(t.id())).toList();
            if (!others.isEmpty()) {
                add(0, Kind.OPEN_TASKS, null, process.actor(), (start != null && start.isFinished()
                        ? "The start task has its value, but " : "Besides, ") + others.size()
                        + (others.size() == 1 ? " task is" : " tasks are") + " still open and keep the process from completing.",
                        null, null, null);
                for (TaskFacts task : others) {
                    if (!visited.contains(task.id())) {
                        explain(task, 1);
                    }
                }
            }
        }

        private void explain(TaskFacts task, int depth) {
            if (!visited.add(task.id())) {
                return;
            }
            switch (task.state()) {
                case WAITING -> waitsFor(task, depth, Kind.WAITS_FOR_PROMISES, "waits for the promised values of");
                case RESOLVING -> waitsFor(task, depth, Kind.WAITS_FOR_RESULT, "has decided; its result waits for");
                case SCHEDULED -> scheduled(task, depth);
                case AWAITING_EVENT -> awaitingEvent(task, depth);
                case READY -> ready(task, depth);
                default -> {
                    // finished tasks hold nothing up
                }
            }
        }

        private void waitsFor(TaskFacts task, int depth, Kind kind, String verb) {
            List<TaskFacts> open = task.dependsOn().stream().map(byId::get)
                    .filter(t -> t != null && !t.isFinished()).toList();
            if (open.isEmpty()) {
                add(depth + 1, kind, task.id(), task.actor(), "Task " + label(task) + " " + verb
                        + " tasks that have all settled; the engine moves it on with the next settlement.",
                        null, null, Verdict.NOT_QUEUED);
                return;
            }
            add(depth + 1, kind, task.id(), task.actor(), "Task " + label(task) + " " + verb + " "
                    + open.size() + (open.size() == 1 ? " task: " : " tasks: ")
                    + open.stream().map(t -> t.ref() == null ? t.id() : t.ref()).collect(Collectors.joining(", ")) + ".",
                    null, null, null);
            for (TaskFacts dependency : open) {
                explain(dependency, depth + 1);
            }
        }

        private void scheduled(TaskFacts task, int depth) {
            String retry = task.attempt() > 1 ? "Attempt " + task.attempt() + " of task " + label(task)
                    + " is a retry after backoff" + (task.errorType() == null ? "" : " (last error "
                    + task.errorType() + ": " + task.errorMessage() + ")") : "Task " + label(task) + " has a delayed start";
            if (task.readyAt() != null && task.readyAt().isAfter(now)) {
                add(depth + 1, Kind.SCHEDULED, task.id(), task.actor(), retry + "; it is due " + until(task.readyAt()) + ".",
                        null, task.readyAt(), Verdict.SCHEDULED);
                suggest(Verdict.SCHEDULED, Action.WAIT, task.id(), "Wait until task " + label(task) + " is due, "
                        + until(task.readyAt()) + ".");
            } else if (process.state() == ProcessState.SUSPENDED) {
                add(depth + 1, Kind.DUE, task.id(), task.actor(), retry + "; it is due, but waits for the process to be resumed.",
                        task.readyAt(), null, null);
            } else {
                add(depth + 1, Kind.DUE, task.id(), task.actor(), retry + "; it has been due for "
                        + ago(task.readyAt()) + " and is made ready on the engine's next tick.",
                        task.readyAt(), null, Verdict.SCHEDULED);
                suggest(Verdict.SCHEDULED, Action.WAIT, task.id(), "Wait a second: due tasks are promoted every second.");
            }
        }

        private void awaitingEvent(TaskFacts task, int depth) {
            int inMailbox = mailbox.getOrDefault(task.eventName(), 0);
            add(depth + 1, Kind.AWAITING_EVENT, task.id(), task.actor(), "Task " + label(task) + " waits for event '"
                    + task.eventName() + "'" + (task.readyAt() == null ? "" : " since " + ago(task.readyAt()))
                    + (inMailbox > 0 ? "; " + inMailbox + " event(s) of that name wait unconsumed in the mailbox" : "")
                    + ".", task.readyAt(), null, Verdict.AWAITING_EVENT);
            if (task.waitDeadline() != null) {
                add(depth + 2, Kind.WAIT_DEADLINE, task.id(), task.actor(), "The wait times out " + until(task.waitDeadline())
                        + "; the task then fails with event-timeout.", null, task.waitDeadline(), null);
            }
            suggest(Verdict.AWAITING_EVENT, Action.DELIVER_EVENT, task.eventName(), "Deliver event '" + task.eventName()
                    + "' to the process (POST /api/v1/processes/" + process.id() + "/events/" + task.eventName() + ").");
        }

        private void ready(TaskFacts task, int depth) {
            LeaseFacts lease = leases.get(task.id());
            if (lease != null) {
                leased(task, lease, depth);
                return;
            }
            ActorFacts actor = actors.getOrDefault(task.actor(), ActorFacts.unknown(task.actor()));
            if (process.state() == ProcessState.SUSPENDED) {
                add(depth + 1, Kind.QUEUED, task.id(), task.actor(), "Task " + label(task)
                        + " is ready but not dispatched while the process is suspended.", task.readyAt(), null, null);
                return;
            }
            if (queued.contains(task.id())) {
                add(depth + 1, Kind.QUEUED, task.id(), task.actor(), "Task " + label(task) + " is ready"
                        + (task.readyAt() == null ? "" : " since " + ago(task.readyAt())) + " in the queue of actor "
                        + task.actor() + " (" + actor.queueDepth() + " queued, " + actor.inFlight() + " in flight).",
                        task.readyAt(), null, null);
            } else {
                add(depth + 1, Kind.NOT_QUEUED, task.id(), task.actor(), "Task " + label(task)
                        + " is ready but neither queued nor leased; the queue reconciler queues it again within seconds.",
                        task.readyAt(), null, Verdict.NOT_QUEUED);
                suggest(Verdict.NOT_QUEUED, Action.WAIT, task.id(), "Wait for the reconciler (every ten seconds) to "
                        + "queue task " + label(task) + " again.");
            }
            actorState(task, actor, depth + 2);
            if (task.waitDeadline() != null) {
                add(depth + 2, Kind.WAIT_DEADLINE, task.id(), task.actor(), "It must be picked up " + until(task.waitDeadline())
                        + " (schedule-to-start), or the attempt fails.", null, task.waitDeadline(), null);
            }
        }

        private void actorState(TaskFacts task, ActorFacts actor, int depth) {
            if (actor.blocked()) {
                add(depth, Kind.ACTOR_BLOCKED, task.id(), actor.actor(), "Actor " + actor.actor() + " is blocked"
                        + (actor.blockedBy() == null ? "" : " by " + actor.blockedBy())
                        + (actor.blockedAt() == null ? "" : " since " + ago(actor.blockedAt()))
                        + ": its polls get nothing.", actor.blockedAt(), null, Verdict.ACTOR_BLOCKED);
                suggest(Verdict.ACTOR_BLOCKED, Action.UNBLOCK_ACTOR, actor.actor(), "Unblock actor " + actor.actor() + ".");
            } else if (actor.lastPollAt() == null) {
                add(depth, Kind.ACTOR_NOT_POLLED, task.id(), actor.actor(), "No worker has polled actor " + actor.actor()
                        + " since the cluster started.", null, null, Verdict.NO_WORKER);
                suggest(Verdict.NO_WORKER, Action.START_WORKERS, actor.actor(), "Start workers for actor " + actor.actor() + ".");
            } else if (Duration.between(actor.lastPollAt(), now).compareTo(pollSilence) > 0) {
                add(depth, Kind.ACTOR_NOT_POLLED, task.id(), actor.actor(), "Actor " + actor.actor()
                        + " was last polled " + ago(actor.lastPollAt()) + " ago: no worker is polling it.",
                        actor.lastPollAt(), null, Verdict.NO_WORKER);
                suggest(Verdict.NO_WORKER, Action.START_WORKERS, actor.actor(), "Start workers for actor " + actor.actor()
                        + " (its last poll was " + ago(actor.lastPollAt()) + " ago).");
            } else {
                boolean slow = task.readyAt() != null && Duration.between(task.readyAt(), now).compareTo(pollSilence) > 0;
                add(depth, Kind.QUEUED, task.id(), actor.actor(), "Workers poll actor " + actor.actor() + " (last poll "
                        + ago(actor.lastPollAt()) + " ago)" + (slow ? ", but the queue drains slower than work arrives." : "; the task is next in line soon."),
                        actor.lastPollAt(), null, Verdict.QUEUED);
                suggest(Verdict.QUEUED, slow ? Action.ADD_WORKERS : Action.WAIT, actor.actor(), slow
                        ? "Add workers for actor " + actor.actor() + ": its tasks wait longer than " + Durations.words(pollSilence) + "."
                        : "Wait: workers of " + actor.actor() + " are polling.");
            }
        }

        private void leased(TaskFacts task, LeaseFacts lease, int depth) {
            String holder = "worker " + lease.workerId() + " (through node " + lease.node() + ")";
            if (lease.expiresAt().isBefore(now)) {
                add(depth + 1, Kind.LEASE_EXPIRED, task.id(), task.actor(), "Attempt " + lease.attempt() + " of task "
                        + label(task) + " was leased to " + holder + " " + ago(lease.leasedAt()) + " ago; the lease expired "
                        + ago(lease.expiresAt()) + " ago and the sweeper turns it into a timed-out attempt.",
                        lease.leasedAt(), lease.expiresAt(), Verdict.LEASE_EXPIRED);
                suggest(Verdict.LEASE_EXPIRED, Action.WAIT, task.id(), "Wait for the lease sweeper (every second); "
                        + "the retry policy of task " + label(task) + " then decides.");
            } else {
                add(depth + 1, Kind.LEASED, task.id(), task.actor(), "Attempt " + lease.attempt() + " of task "
                        + label(task) + " is held by " + holder + " since " + ago(lease.leasedAt())
                        + "; the lease runs " + until(lease.expiresAt()) + ".", lease.leasedAt(), lease.expiresAt(),
                        Verdict.WORKING);
                suggest(Verdict.WORKING, Action.WAIT, task.id(), "Wait for worker " + lease.workerId()
                        + " to report, at the latest when its lease ends " + until(lease.expiresAt()) + ".");
            }
        }

        /** How a task is named to an operator: its ref, "start" for the start task, else its id; and its actor. */
        private String label(TaskFacts task) {
            String name = task.ref() != null ? task.ref() : task.id().equals(process.startTaskId()) ? "start" : null;
            return (name == null ? task.id() : name + " (" + task.id() + ")") + " of " + task.actor();
        }

        private void add(int depth, Kind kind, String taskId, String actor, String text, Instant at, Instant until,
                         Verdict verdict) {
            Finding finding = new Finding(depth, kind, taskId, actor, text, at, until);
            chain.add(finding);
            if (verdict != null) {
                causes.putIfAbsent(verdict, finding);
            }
        }

        private void suggest(Verdict rank, Action action, String target, String text) {
            suggestions.putIfAbsent(action + " " + target, new Ranked(rank.ordinal(), new Suggestion(action, target, text)));
        }

        private String ago(Instant then) {
            return Durations.words(Duration.between(then, now));
        }

        private String until(Instant then) {
            Duration left = Duration.between(now, then);
            return left.isNegative() ? Durations.words(left.negated()) + " ago" : "in " + Durations.words(left);
        }
    }

    private static String headline(Verdict verdict) {
        return switch (verdict) {
            case FINISHED -> "Not stuck";
            case FAILED -> "Failed";
            case SUSPENDED -> "Suspended";
            case ACTOR_BLOCKED -> "Held up by a blocked actor";
            case NO_WORKER -> "No worker polls";
            case LEASE_EXPIRED -> "A lease expired";
            case NOT_QUEUED -> "Dispatch being repaired";
            case AWAITING_EVENT -> "Waiting for an event";
            case SCHEDULED -> "Waiting for its time";
            case QUEUED -> "Waiting in a queue";
            case WORKING -> "Being worked on";
        };
    }

    private record Ranked(int rank, Suggestion suggestion) {
    }
}
