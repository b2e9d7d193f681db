package dev.baton.engine.recovery;

import dev.baton.domain.task.Task;
import dev.baton.domain.task.TaskRepository;
import dev.baton.domain.task.TaskState;
import dev.baton.engine.dispatch.TaskPayload;
import dev.baton.engine.task.Settlement;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Read-only queries of the recovery jobs, each in a short transaction of its own. */
@Stateless
public class TaskScans {

    @Inject
    TaskRepository tasks;

    @Inject
    Settlement settlement;

    /** Payloads of ready tasks, oldest first, one page at a time. */
    public List<TaskPayload> readyPayloads(Instant readyBefore, int offset, int limit) {
        return tasks.ready(readyBefore, offset, limit).stream().map(settlement::payloadOf).toList();
    }

    /** Which of the given tasks are still ready, at the attempt the payload carries. */
    public Set<String> stillReady(Collection<TaskPayload> payloads) {
        Set<String> ids = payloads.stream().map(TaskPayload::id).collect(Collectors.toSet());
        var attempts = payloads.stream().collect(Collectors.toMap(TaskPayload::id, TaskPayload::attempt));
        return tasks.findAll(ids).stream()
                .filter(t -> t.state() == TaskState.READY && t.attempt() == attempts.get(t.id()))
                .map(Task::id).collect(Collectors.toSet());
    }

    public List<String> dueScheduled(Instant now, int limit) {
        return tasks.dueScheduled(now, limit);
    }
}
