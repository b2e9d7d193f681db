package dev.baton.web.process;

import dev.baton.engine.process.TaskView;
import dev.baton.domain.common.JsonText;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import static dev.baton.web.json.JsonOut.json;
import static dev.baton.web.json.JsonOut.object;
import static dev.baton.web.json.JsonOut.text;
import static dev.baton.web.json.JsonOut.time;

/** A task of a process on the wire. */
public final class TaskDto {

    private TaskDto() {
    }

    public static JsonObject of(TaskView t) {
        JsonArrayBuilder dependsOn = JsonText.JSON.createArrayBuilder();
        t.dependsOn().forEach(dependsOn::add);
        return object()
                .add("id", t.id())
                .add("processId", t.processId())
                .add("parentId", text(t.parentId()))
                .add("ref", text(t.ref()))
                .add("actor", t.actor())
                .add("type", t.type())
                .add("method", text(t.method()))
                .add("eventName", text(t.eventName()))
                .add("state", t.state())
                .add("attempt", t.attempt())
                .add("dependsOn", dependsOn)
                .add("args", json(t.args()))
                .add("result", json(t.result()))
                .add("error", json(t.error()))
                .add("workerId", text(t.workerId()))
                .add("createdAt", time(t.createdAt()))
                .add("readyAt", time(t.readyAt()))
                .add("startedAt", time(t.startedAt()))
                .add("endedAt", time(t.endedAt()))
                .add("leaseExpiresAt", time(t.leaseExpiresAt()))
                .add("waitDeadline", time(t.waitDeadline()))
                .build();
    }
}
