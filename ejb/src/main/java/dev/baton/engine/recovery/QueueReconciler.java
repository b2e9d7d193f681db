package dev.baton.engine.recovery;

import dev.baton.engine.dispatch.ActorActivity;
import dev.baton.engine.dispatch.Leases;
import dev.baton.engine.dispatch.ReadyQueues;
import dev.baton.engine.dispatch.TaskPayload;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
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

    @Inject
    ActorActivity activity;

    /** Re-queues missing tasks that became ready before the given time; returns how many. */
    public int reconcile(Instant readyBefore) {
        int requeued = 0;
        int offset = 0;
        while (true) {
            List<TaskPayload> page = scans.readyPayloads(readyBefore, offset, PAGE);
            if (page.isEmpty()) {
                return requeued;
            }
            Set<String> ids = page.stream().map(TaskPayload::id).collect(Collectors.toSet());
            Set<String> present = new HashSet<>(queues.queuedAmong(ids));
            present.addAll(leases.leasedAmong(ids));
            List<TaskPayload> missing = page.stream().filter(p -> !present.contains(p.id())).toList();
            if (!missing.isEmpty()) {
                // Re-read: a task may have completed, and its lease been released, since the page was read.
                Set<String> stillReady = scans.stillReady(missing);
                for (TaskPayload payload : missing) {
                    if (stillReady.contains(payload.id())) {
                        // After a cold start nobody has polled yet: make the actor known, so operators see
                        // its queue (and that nobody polls it) before the first worker arrives.
                        activity.known(payload.actor());
                        queues.enqueue(payload);
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
