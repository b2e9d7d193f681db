package dev.baton.engine.process;

import dev.baton.domain.process.DeadlineAction;
import jakarta.json.JsonArray;

/**
 * What a caller asks for when starting a process. {@code deadlineSeconds} (optional) bounds how long it may
 * run; at the deadline it fails or is cancelled, as {@code onDeadline} says (default: fail).
 * {@code scheduleName} names the schedule that starts it, if one does.
 */
public record StartRequest(String actor, JsonArray args, String businessKey, Integer deadlineSeconds,
                           DeadlineAction onDeadline, String scheduleName) {

    public StartRequest(String actor, JsonArray args, String businessKey, Integer deadlineSeconds,
                        DeadlineAction onDeadline) {
        this(actor, args, businessKey, deadlineSeconds, onDeadline, null);
    }

    public StartRequest(String actor, JsonArray args, String businessKey) {
        this(actor, args, businessKey, null, null, null);
    }
}
