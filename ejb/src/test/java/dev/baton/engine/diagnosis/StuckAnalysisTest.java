package dev.baton.engine.diagnosis;

import dev.baton.domain.process.ProcessState;
import dev.baton.domain.task.TaskState;
import dev.baton.domain.task.TaskType;
import dev.baton.engine.diagnosis.Diagnosis.Verdict;
import dev.baton.engine.diagnosis.Finding.Kind;
import dev.baton.engine.diagnosis.Suggestion.Action;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StuckAnalysisTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final String DECIDER = "orders.Order#1";
    private static final String WORKER = "billing.Charge#1";

    private final StuckAnalysis analysis = new StuckAnalysis(Duration.ofSeconds(60));
    private final List<TaskFacts> tasks = new ArrayList<>();
    private final Map<String, ActorFacts> actors = new HashMap<>();
    private final Map<String, LeaseFacts> leases = new HashMap<>();
    private final Set<String> queued = new HashSet<>();
    private final Map<String, Integer> mailbox = new HashMap<>();

    private static TaskFacts task(String id, String ref, String actor, TaskType type, TaskState state, List<String> deps) {
        return new TaskFacts(id, ref, actor, type, state, 1, null, NOW.minusSeconds(300), null, deps, null, null);
    }

    private static ProcessFacts process(ProcessState state) {
        return new ProcessFacts("p1", DECIDER, state, "start", 1, null, null, null, null, null);
    }

    /** The start decider's result waits for "charge", which waits for "reserve", a ready worker task. */
    private void chainToReadyWorker() {
        tasks.add(task("start", null, DECIDER, TaskType.DECIDER, TaskState.RESOLVING, List.of("charge")));
        tasks.add(task("reserve", "reserve", WORKER, TaskType.WORKER, TaskState.READY, List.of()));
        tasks.add(task("charge", "charge", WORKER, TaskType.WORKER, TaskState.WAITING, List.of("reserve")));
    }

    private Diagnosis analyse(ProcessState state) {
        return analysis.analyse(process(state), tasks, actors, leases, queued, mailbox, NOW);
    }

    private static List<Kind> kinds(Diagnosis d) {
        return d.chain().stream().map(Finding::kind).toList();
    }

    @Test
    void aQueuedTaskOfAnActorNobodyEverPolledIsTheCauseAndTheChainLeadsToItThroughEveryPromise() {
        chainToReadyWorker();
        queued.add("reserve");
        actors.put(WORKER, new ActorFacts(WORKER, 1, 0, null, false, null, null));

        Diagnosis d = analyse(ProcessState.RUNNING);

        assertEquals(Verdict.NO_WORKER, d.verdict());
        assertEquals(List.of(Kind.WAITS_FOR_RESULT, Kind.WAITS_FOR_PROMISES, Kind.QUEUED, Kind.ACTOR_NOT_POLLED), kinds(d));
        assertEquals(List.of(1, 2, 3, 4), d.chain().stream().map(Finding::depth).toList(), "each link lies one promise deeper");
        assertEquals("reserve", d.chain().get(2).taskId());
        assertTrue(d.summary().contains("No worker has polled actor " + WORKER), d.summary());
        assertEquals(new Suggestion(Action.START_WORKERS, WORKER, "Start workers for actor " + WORKER + "."), d.suggestions().get(0));
    }

    @Test
    void aBlockedActorOutranksEverythingElseThatIsWaiting() {
        chainToReadyWorker();
        tasks.add(new TaskFacts("later", "later", "mail.Send#1", TaskType.WORKER, TaskState.SCHEDULED, 2, null,
                NOW.plusSeconds(90), null, List.of(), "smtp", "connection refused"));
        queued.add("reserve");
        actors.put(WORKER, new ActorFacts(WORKER, 4, 0, NOW.minusSeconds(5), true, "alice", NOW.minusSeconds(600)));

        Diagnosis d = analyse(ProcessState.RUNNING);

        assertEquals(Verdict.ACTOR_BLOCKED, d.verdict());
        assertTrue(d.summary().contains("blocked by alice since 10 min"), d.summary());
        assertEquals(Action.UNBLOCK_ACTOR, d.suggestions().get(0).action());
        assertEquals(WORKER, d.suggestions().get(0).target());
        assertTrue(kinds(d).contains(Kind.OPEN_TASKS), "the scheduled task outside the start task's chain is explained too");
        Finding retry = d.chain().stream().filter(f -> f.kind() == Kind.SCHEDULED).findFirst().orElseThrow();
        assertTrue(retry.text().contains("Attempt 2") && retry.text().contains("smtp: connection refused")
                && retry.text().contains("due in 1 min"), retry.text());
        assertEquals(NOW.plusSeconds(90), retry.until());
    }

    @Test
    void aLeasedTaskIsBeingWorkedOnAndTheFindingNamesWorkerNodeAndBothEndsOfTheLease() {
        chainToReadyWorker();
        actors.put(WORKER, new ActorFacts(WORKER, 0, 1, NOW.minusSeconds(2), false, null, null));
        leases.put("reserve", new LeaseFacts("reserve", 1, "worker-7", "node-a", NOW.minusSeconds(20), NOW.plusSeconds(40)));

        Diagnosis d = analyse(ProcessState.RUNNING);

        assertEquals(Verdict.WORKING, d.verdict());
        Finding leased = d.chain().get(2);
        assertEquals(Kind.LEASED, leased.kind());
        assertTrue(leased.text().contains("worker worker-7 (through node node-a) since 20 s")
                && leased.text().contains("runs in 40 s"), leased.text());
        assertEquals(NOW.minusSeconds(20), leased.at());
        assertEquals(NOW.plusSeconds(40), leased.until());
        assertEquals(Action.WAIT, d.suggestions().get(0).action());
    }

    @Test
    void anExpiredLeaseIsReportedAsSuch() {
        chainToReadyWorker();
        leases.put("reserve", new LeaseFacts("reserve", 1, "worker-7", "node-a", NOW.minusSeconds(90), NOW.minusSeconds(30)));

        Diagnosis d = analyse(ProcessState.RUNNING);

        assertEquals(Verdict.LEASE_EXPIRED, d.verdict());
        assertTrue(d.summary().contains("expired 30 s ago"), d.summary());
    }

    @Test
    void aSuspendedProcessSuggestsResumingFirstAndItsReadyTasksAreNotBlamedOnTheActor() {
        chainToReadyWorker();
        actors.put(WORKER, new ActorFacts(WORKER, 0, 0, null, false, null, null));

        Diagnosis d = analyse(ProcessState.SUSPENDED);

        assertEquals(Verdict.SUSPENDED, d.verdict());
        assertEquals(Kind.SUSPENDED, d.chain().get(0).kind());
        assertEquals(List.of(new Suggestion(Action.RESUME_PROCESS, "p1", "Resume the process.")), d.suggestions());
        assertTrue(d.chain().stream().noneMatch(f -> f.kind() == Kind.ACTOR_NOT_POLLED));
    }

    @Test
    void anEventTaskNamesItsEventItsTimeoutAndWhatIsAlreadyInTheMailbox() {
        tasks.add(task("start", null, DECIDER, TaskType.DECIDER, TaskState.RESOLVING, List.of("approval")));
        tasks.add(new TaskFacts("approval", "approval", "event:approved", TaskType.EVENT, TaskState.AWAITING_EVENT, 1,
                "approved", NOW.minusSeconds(3600), NOW.plusSeconds(7200), List.of(), null, null));
        mailbox.put("approved", 1);

        Diagnosis d = analyse(ProcessState.RUNNING);

        assertEquals(Verdict.AWAITING_EVENT, d.verdict());
        assertEquals(List.of(Kind.WAITS_FOR_RESULT, Kind.AWAITING_EVENT, Kind.WAIT_DEADLINE), kinds(d));
        assertTrue(d.chain().get(1).text().contains("'approved' since 1 h") && d.chain().get(1).text().contains("1 event(s)"),
                d.chain().get(1).text());
        assertTrue(d.chain().get(2).text().contains("in 2 h"), d.chain().get(2).text());
        assertEquals(Action.DELIVER_EVENT, d.suggestions().get(0).action());
        assertEquals("approved", d.suggestions().get(0).target());
    }

    @Test
    void aReadyTaskThatIsNeitherQueuedNorLeasedIsLeftToTheReconciler() {
        chainToReadyWorker();
        actors.put(WORKER, new ActorFacts(WORKER, 0, 0, NOW.minusSeconds(1), false, null, null));

        Diagnosis d = analyse(ProcessState.RUNNING);

        assertEquals(Verdict.NOT_QUEUED, d.verdict());
        assertTrue(kinds(d).contains(Kind.NOT_QUEUED));
    }

    @Test
    void aQueueThatDrainsTooSlowlyAsksForMoreWorkersAndAPickUpDeadlineIsShown() {
        tasks.add(task("start", null, DECIDER, TaskType.DECIDER, TaskState.RESOLVING, List.of("reserve")));
        tasks.add(new TaskFacts("reserve", "reserve", WORKER, TaskType.WORKER, TaskState.READY, 1, null,
                NOW.minusSeconds(600), NOW.plusSeconds(30), List.of(), null, null));
        queued.add("reserve");
        actors.put(WORKER, new ActorFacts(WORKER, 900, 10, NOW.minusSeconds(1), false, null, null));

        Diagnosis d = analyse(ProcessState.RUNNING);

        assertEquals(Verdict.QUEUED, d.verdict());
        assertEquals(Action.ADD_WORKERS, d.suggestions().get(0).action());
        assertTrue(kinds(d).contains(Kind.WAIT_DEADLINE));
        assertTrue(d.chain().get(1).text().contains("900 queued, 10 in flight"), d.chain().get(1).text());
    }

    @Test
    void aDueScheduledTaskWaitsOnlyForTheNextTick() {
        tasks.add(task("start", null, DECIDER, TaskType.DECIDER, TaskState.RESOLVING, List.of("later")));
        tasks.add(new TaskFacts("later", "later", WORKER, TaskType.WORKER, TaskState.SCHEDULED, 1, null,
                NOW.minusSeconds(3), null, List.of(), null, null));

        Diagnosis d = analyse(ProcessState.RUNNING);

        assertEquals(Verdict.SCHEDULED, d.verdict());
        assertEquals(Kind.DUE, d.chain().get(1).kind());
        assertTrue(d.chain().get(1).text().contains("delayed start"), d.chain().get(1).text());
    }

    @Test
    void openTasksAfterTheStartTaskCompletedKeepTheProcessOpenAndAreExplained() {
        tasks.add(task("start", null, DECIDER, TaskType.DECIDER, TaskState.COMPLETED, List.of()));
        tasks.add(task("audit", "audit", WORKER, TaskType.WORKER, TaskState.READY, List.of()));
        queued.add("audit");
        actors.put(WORKER, new ActorFacts(WORKER, 1, 0, NOW.minusSeconds(3600), false, null, null));

        Diagnosis d = analyse(ProcessState.RUNNING);

        assertEquals(Kind.OPEN_TASKS, d.chain().get(0).kind());
        assertTrue(d.chain().get(0).text().startsWith("The start task has its value, but 1 task is"), d.chain().get(0).text());
        assertEquals(Verdict.NO_WORKER, d.verdict());
        assertTrue(d.summary().contains("last polled 1 h ago"), d.summary());
    }

    @Test
    void aCycleOfPromisesOrATaskReachedTwiceIsExplainedOnce() {
        tasks.add(task("start", null, DECIDER, TaskType.DECIDER, TaskState.RESOLVING, List.of("a", "b")));
        tasks.add(task("a", "a", WORKER, TaskType.WORKER, TaskState.WAITING, List.of("c")));
        tasks.add(task("b", "b", WORKER, TaskType.WORKER, TaskState.WAITING, List.of("c")));
        tasks.add(task("c", "c", WORKER, TaskType.WORKER, TaskState.WAITING, List.of("a")));

        Diagnosis d = analyse(ProcessState.RUNNING);

        assertEquals(1, d.chain().stream().filter(f -> "c".equals(f.taskId())).count());
        assertEquals(4, d.chain().size());
    }

    @Test
    void aWaitingTaskWhosePromisesHaveAllSettledIsAnInconsistencyNotAWait() {
        tasks.add(task("start", null, DECIDER, TaskType.DECIDER, TaskState.RESOLVING, List.of("a")));
        tasks.add(task("a", "a", WORKER, TaskType.WORKER, TaskState.COMPLETED, List.of()));

        Diagnosis d = analyse(ProcessState.RUNNING);

        assertEquals(Verdict.NOT_QUEUED, d.verdict());
        assertTrue(d.chain().get(0).text().contains("all settled"), d.chain().get(0).text());
    }

    @Test
    void aFailedProcessPointsAtTheTaskToRestart() {
        tasks.add(task("start", null, DECIDER, TaskType.DECIDER, TaskState.FAILED, List.of()));
        tasks.add(new TaskFacts("t9", "charge", WORKER, TaskType.WORKER, TaskState.FAILED, 3, null, null, null,
                List.of(), "card-declined", "insufficient funds"));
        ProcessFacts failed = new ProcessFacts("p1", DECIDER, ProcessState.FAILED, "start", 0, null, "t9",
                "card-declined", "insufficient funds", NOW.minusSeconds(120));

        Diagnosis d = analysis.analyse(failed, tasks, actors, leases, queued, mailbox, NOW);

        assertEquals(Verdict.FAILED, d.verdict());
        assertTrue(d.summary().contains("2 min ago: card-declined: insufficient funds"), d.summary());
        assertTrue(d.chain().get(1).text().contains("after attempt 3"), d.chain().get(1).text());
        assertEquals(new Suggestion(Action.RESTART_TASK, "t9", "Restart task charge (t9) of " + WORKER
                + ", with corrected arguments if its input was wrong; or abandon the process."), d.suggestions().get(0));
    }

    @Test
    void aFinishedProcessIsNotStuckAndAProcessWithADeadlineSaysSo() {
        ProcessFacts done = new ProcessFacts("p1", DECIDER, ProcessState.COMPLETED, "start", 0, null, null, null, null,
                NOW.minusSeconds(7200));
        Diagnosis d = analysis.analyse(done, tasks, actors, leases, queued, mailbox, NOW);
        assertEquals(Verdict.FINISHED, d.verdict());
        assertEquals("Not stuck: The process is COMPLETED since 2 h; nothing waits.", d.summary());

        chainToReadyWorker();
        queued.add("reserve");
        ProcessFacts bounded = new ProcessFacts("p1", DECIDER, ProcessState.RUNNING, "start", 3, NOW.plusSeconds(86_400 + 3600),
                null, null, null, null);
        Diagnosis withDeadline = analysis.analyse(bounded, tasks, actors, leases, queued, mailbox, NOW);
        assertEquals(Kind.DEADLINE, withDeadline.chain().get(0).kind());
        assertTrue(withDeadline.chain().get(0).text().contains("in 1 d 1 h"), withDeadline.chain().get(0).text());
    }

    @Test
    void durationsReadAtAGlance() {
        assertEquals("0 s", Durations.words(Duration.ofMillis(-5)));
        assertEquals("59 s", Durations.words(Duration.ofSeconds(59)));
        assertEquals("2 h", Durations.words(Duration.ofHours(2)));
        assertEquals("2 h 5 min", Durations.words(Duration.ofMinutes(125)));
        assertEquals("3 d", Durations.words(Duration.ofDays(3)));
    }
}
