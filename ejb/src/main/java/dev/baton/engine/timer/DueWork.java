package dev.baton.engine.timer;

import dev.baton.domain.process.ProcessRepository;
import dev.baton.domain.task.TaskRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/** The read-only scans of the sweeper, each in a short transaction of its own. */
@Stateless
public class DueWork {

    @Inject
    TaskRepository tasks;

    @Inject
    ProcessRepository processes;

    public List<String> processesPastDeadline(Instant now, int limit) {
        return processes.pastDeadline(now, limit);
    }

    public List<String> waitsPastDeadline(Instant now, int limit) {
        return tasks.waitsPastDeadline(now, limit);
    }
}
