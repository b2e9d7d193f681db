package dev.baton.engine.dispatch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a committed database change asks of the in-memory side: tasks to queue, queued tasks to drop,
 * a lease to release, actors whose waiting polls to wake. Commands collect effects; the dispatcher applies
 * them only after the commit, so Hazelcast never shows work the database does not have. A crash in between
 * is repaired by the reconciler.
 */
public final class Effects {

    private final List<TaskPayload> enqueue = new ArrayList<>();
    private final List<TaskPayload> requeue = new ArrayList<>();
    private final Set<String> forget = new LinkedHashSet<>();
    private final Set<String> unqueue = new LinkedHashSet<>();
    private final Set<String> releaseLeases = new LinkedHashSet<>();
    private final Set<String> wake = new LinkedHashSet<>();

    public void enqueue(TaskPayload payload) {
        enqueue.add(payload);
    }

    /** Queues a task that may still be leased from before (a resumed process): only if it is not. */
    public void requeue(TaskPayload payload) {
        requeue.add(payload);
    }

    /** Drops a queued task without touching its lease: a leased task of a suspended process may finish. */
    public void unqueue(String taskId) {
        unqueue.add(taskId);
    }

    /** Wakes the long polls waiting for an actor, e.g. when it is unblocked. */
    public void wake(String actor) {
        wake.add(actor);
    }

    /** Everything another change collected, in order (a bulk operation's chunk gathers many). */
    public void addAll(Effects other) {
        enqueue.addAll(other.enqueue);
        requeue.addAll(other.requeue);
        forget.addAll(other.forget);
        unqueue.addAll(other.unqueue);
        releaseLeases.addAll(other.releaseLeases);
        wake.addAll(other.wake);
    }

    public void forget(String taskId) {
        forget.add(taskId);
        releaseLeases.add(taskId);
    }

    public void releaseLease(String taskId) {
        releaseLeases.add(taskId);
    }

    public List<TaskPayload> toEnqueue() {
        return enqueue;
    }

    public Set<String> toForget() {
        return forget;
    }

    public Set<String> leasesToRelease() {
        return releaseLeases;
    }

    public List<TaskPayload> toRequeue() {
        return requeue;
    }

    public Set<String> toUnqueue() {
        return unqueue;
    }

    public Set<String> actorsToWake() {
        return wake;
    }
}
