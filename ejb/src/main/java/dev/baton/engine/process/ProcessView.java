package dev.baton.engine.process;

import dev.baton.domain.common.JsonText;
import dev.baton.domain.process.ProcessInstance;
import jakarta.json.JsonValue;

import java.time.Instant;

/**
 * A process as callers see it; never the entity itself. {@code causeTaskId} names the task whose failure
 * failed it (the one to repair); {@code deadlineAt} is its deadline, if it has one; {@code scheduleName} the schedule that started it, if one did.
 */
public record ProcessView(String id, String actor, String businessKey, String state, JsonValue args, JsonValue result,
                          JsonValue error, String causeTaskId, Instant createdAt, Instant endedAt, Instant deadlineAt,
                          String scheduleName) {

    public static ProcessView of(ProcessInstance p) {
        return new ProcessView(p.id(), p.actor(), p.businessKey(), p.state().name(), JsonText.parse(p.args()),
                JsonText.parse(p.result()), JsonText.parse(p.error()), p.causeTaskId(), p.createdAt(), p.endedAt(),
                p.deadlineAt(), p.scheduleName());
    }
}
