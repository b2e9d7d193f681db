package dev.baton.web.process;

import dev.baton.domain.common.JsonText;
import dev.baton.engine.process.HistoryView;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import static dev.baton.web.json.JsonOut.object;
import static dev.baton.web.json.JsonOut.text;
import static dev.baton.web.json.JsonOut.time;

/** A history entry on the wire. */
final class HistoryDto {

    private HistoryDto() {
    }

    static JsonObject of(HistoryView h) {
        return object()
                .add("id", h.id())
                .add("at", time(h.at()))
                .add("kind", h.kind())
                .add("taskId", text(h.taskId()))
                .add("attempt", h.attempt() == null ? JsonValue.NULL : JsonText.JSON.createValue(h.attempt()))
                .add("actor", text(h.actor()))
                .add("detail", text(h.detail()))
                .build();
    }
}
