package dev.baton.web.process;

import dev.baton.engine.process.ProcessView;
import jakarta.json.JsonObject;

import static dev.baton.web.json.JsonOut.json;
import static dev.baton.web.json.JsonOut.object;
import static dev.baton.web.json.JsonOut.text;
import static dev.baton.web.json.JsonOut.time;

/** A process on the wire. */
public final class ProcessDto {

    private ProcessDto() {
    }

    public static JsonObject of(ProcessView p) {
        return object()
                .add("id", p.id())
                .add("actor", p.actor())
                .add("businessKey", text(p.businessKey()))
                .add("state", p.state())
                .add("args", json(p.args()))
                .add("result", json(p.result()))
                .add("error", json(p.error()))
                .add("causeTaskId", text(p.causeTaskId()))
                .add("createdAt", time(p.createdAt()))
                .add("endedAt", time(p.endedAt()))
                .add("deadlineAt", time(p.deadlineAt()))
                .add("scheduleName", text(p.scheduleName()))
                .build();
    }
}
