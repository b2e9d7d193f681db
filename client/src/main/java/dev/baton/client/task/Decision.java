package dev.baton.client.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A decider's answer: new tasks plus its own result, which is a value or a promise
 * ({@code {"$promise": ref}}) that the server resolves before it completes the decider's task.
 */
public record Decision(List<DecisionTask> tasks, @JsonInclude(JsonInclude.Include.ALWAYS) JsonNode result) {

    public Decision {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        result = result == null ? JsonNodeFactory.instance.nullNode() : result;
    }

    /** {@code {"$promise": ref}}: a reference to the result of a task in this decision or of the same process. */
    public static ObjectNode promise(String ref) {
        return JsonNodeFactory.instance.objectNode().put("$promise", ref);
    }

    /** {@code {"$promises": [refs]}}: resolves to the array of those tasks' results, in order. */
    public static ObjectNode promises(List<String> refs) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        var array = node.putArray("$promises");
        refs.forEach(array::add);
        return node;
    }
}
