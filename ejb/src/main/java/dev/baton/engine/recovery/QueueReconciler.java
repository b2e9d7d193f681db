package dev.baton.engine.recovery;

import dev.baton.engine.dispatch.ActorActivity;
import dev.baton.engine.dispatch.Lease;
import dev.baton.engine.dispatch.Leases;
import dev.baton.engine.dispatch.ReadyQueues;
import dev.baton.engine.dispatch.TaskPayload;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts every ready task of the database that is neither queued nor leased back into its queue. Run by the
 * coordinator when it wins the role (which rebuilds the queues after a cold start or a fail-over) and
 * periodically (which repairs what a crash between a commit and its Hazelcast effects, or between the two
 * writes of a queue entry, left behind). A duplicate queue entry is harmless.
 */
@ApplicationScoped
public class QueueReconciler {

    private static final int PAGE = 500;

    @EJB
    TaskScans scans;

    @Inject
    ReadyQueues queues;

    @Inject
    Leases leases;

    @Inject
    ActorActivity activity;

    /** Tasks found missing by the previous run, with their attempt: re-queued if still missing now. */
    private Map<String, Integer> suspects = Map.of();

    /**
     * Re-queues missing tasks that became ready before the given time; returns how many. A poll in progress
     * (its id taken from the queue, its lease not yet written) looks missing for an instant, so a task is
     * re-queued only when two runs in a row found it missing at the same attempt, unless {@code atOnce}
     * (a new coordinator after a fail-over or a cold start, when Hazelcast may have lost everything).
     */
    public synchronized int reconcile(Instant readyBefore, boolean atOnce) {
        Map<String, Integer> missingNow = new HashMap<>();
        int requeued = 0;
        int offset = 0;
        // Each actor's queue is read once per run: a task counts as queued only when its payload is there
        // and its id is in the queue, because a crash can separate the two.
        Map<String, Set<String>> queued = new HashMap<>();
        while (true) {
            List<TaskPayload> page = scans.readyPayloads(readyBefore, offset, PAGE);
            if (page.isEmpty()) {
                suspects = missingNow;
                return requeued;
            }
            Set<String> ids = page.stream().map(TaskPayload::id).collect(Collectors.toSet());
            Set<String> withPayload = queues.withPayload(ids);
            Map<String, Lease> leased = leases.leasesOf(ids);
            // A lease of an earlier attempt (back from a merged member) does not count: the current attempt
            // is queued again, and its poll replaces the stale lease.
            List<TaskPayload> missing = page.stream()
                    .filter(p -> !(withPayload.contains(p.id())
                            && queued.computeIfAbsent(p.actor(), queues::queuedIds).contains(p.id())))
                    .filter(p -> !leased.containsKey(p.id()) || leased.get(p.id()).attempt() < p.attempt())
                    .toList();
            if (!missing.isEmpty()) {
                // Re-read: a task may have completed, and its lease been released, since the page was read.
                Set<String> stillReady = scans.stillReady(missing);
                for (TaskPayload payload : missing) {
                    if (!stillReady.contains(payload.id())) {
                        continue;
                    }
                    if (atOnce || Integer.valueOf(payload.attempt()).equals(suspects.get(payload.id()))) {
                        // After a cold start nobody has polled yet: make the actor known, so operators see
                        // its queue (and that nobody polls it) before the first worker arrives.
                        activity.known(payload.actor());
                        queues.requeue(payload);
                        requeued++;
                    } else {
                        missingNow.put(payload.id(), payload.attempt());
                    }
                }
            }
            if (page.size() < PAGE) {
                suspects = missingNow;
                return requeued;
            }
            offset += PAGE;
        }
    }
}
