package dev.baton.engine.dispatch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a committed database change asks of the in-memory side: tasks to queue, queued tasks to drop,
 * a lease to release. Commands collect effects; the dispatcher applies them only after the commit, so
 * Hazelcast never shows work the database does not have. A crash in between is repaired by the reconciler.
 */
public final class Effects {

    private final List<TaskPayload> enqueue = new ArrayList<>();
    private final Set<String> forget = new LinkedHashSet<>();
    private final Set<String> releaseLeases = new LinkedHashSet<>();

    public void enqueue(TaskPayload payload) {
        enqueue.add(payload);
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
}
