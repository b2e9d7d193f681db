package dev.baton.engine.recovery;

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
 * Puts every ready task of the database that is neither queued nor leased back into its queue. Run at
 * start-up (which rebuilds the queues after a cold start) and periodically (which repairs what a crash
 * between a commit and its Hazelcast effects left behind). A duplicate queue entry is harmless.
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

    /** Re-queues missing tasks that became ready before the given time; returns how many. */
    public int reconcile(Instant readyBefore) {
        int requeued = 0;
        int offset = 0;
        // Each actor's queue is read once per run: a task counts as queued only when its payload is there
        // and its id is in the queue, because a crash can separate the two.
        Map<String, Set<String>> queued = new HashMap<>();
        while (true) {
            List<TaskPayload> page = scans.readyPayloads(readyBefore, offset, PAGE);
            if (page.isEmpty()) {
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
                    if (stillReady.contains(payload.id())) {
                        queues.requeue(payload);
                        requeued++;
                    }
                }
            }
            if (page.size() < PAGE) {
                return requeued;
            }
            offset += PAGE;
        }
    }
}
