package dev.baton.engine.task;

import dev.baton.domain.process.ProcessInstance;
import dev.baton.domain.task.Task;

/** A task together with its process, whose row is locked for the rest of the transaction. */
public record LockedTask(ProcessInstance process, Task task) {
}
