package dev.baton.engine.task;

import dev.baton.domain.common.JsonText;
import dev.baton.domain.decision.Promises;
import dev.baton.domain.task.Task;
import dev.baton.domain.task.TaskError;
import dev.baton.domain.task.TaskRepository;
import dev.baton.domain.task.TaskState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Replaces the promises in a task's arguments (or a decider's result template) by the values of the
 * tasks they name. A failed task stands as {@code {"$error": ...}}: only tasks that accept failures are
 * ever resolved against one.
 */
@ApplicationScoped
public class PromiseValues {

    @Inject
    TaskRepository tasks;

    public JsonValue resolve(JsonValue template) {
        Set<String> refs = Promises.references(template);
        if (refs.isEmpty()) {
            return template;
        }
        Map<String, JsonValue> values = new HashMap<>();
        for (Task settled : tasks.findAll(refs)) {
            if (settled.state() == TaskState.COMPLETED) {
                values.put(settled.id(), JsonText.parse(settled.result()));
            } else if (settled.state() == TaskState.FAILED) {
                values.put(settled.id(), Promises.errorValue(TaskError.fromJsonText(settled.error()).toJson()));
            }
        }
        return Promises.substitute(template, values);
    }
}
