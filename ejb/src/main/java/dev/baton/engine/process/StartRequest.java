package dev.baton.engine.process;

import dev.baton.domain.common.Fields;
import dev.baton.domain.process.DeadlineAction;
import jakarta.json.JsonArray;

/**
 * What a caller asks for when starting a process. {@code deadlineSeconds} (optional) bounds how long it may
 * run; at the deadline it fails or is cancelled, as {@code onDeadline} says (default: fail).
 * {@code scheduleName} names the schedule that starts it, if one does. {@code requestKey} (optional)
 * identifies the request itself, e.g. a JMS message id: a second start with the same request key starts
 * nothing and answers the process the first one started.
 */
public record StartRequest(String actor, JsonArray args, String businessKey, Integer deadlineSeconds,
                           DeadlineAction onDeadline, String scheduleName, String requestKey) {

    public StartRequest(String actor, JsonArray args, String businessKey, Integer deadlineSeconds,
                        DeadlineAction onDeadline) {
        this(actor, args, businessKey, deadlineSeconds, onDeadline, null, null);
    }

    public StartRequest(String actor, JsonArray args, String businessKey) {
        this(actor, args, businessKey, null, null, null, null);
    }

    /**
     * Reads the wire form, {@code {actor, args?, businessKey?, deadlineSeconds?, onDeadline?}}: the body of
     * {@code POST /processes} and of a message on {@code baton.start}. Unknown fields are refused.
     */
    public static StartRequest read(Fields fields) {
        fields.allowOnly("actor", "args", "businessKey", "deadlineSeconds", "onDeadline");
        JsonArray args = fields.array("args");
        return new StartRequest(fields.requiredString("actor"), args == null ? JsonArray.EMPTY_JSON_ARRAY : args,
                fields.string("businessKey"), fields.integer("deadlineSeconds"),
                DeadlineAction.fromWire(fields.string("onDeadline")));
    }

    /** A start by the schedule {@code scheduleName}, for the tick whose business key is {@code businessKey}. */
    public static StartRequest bySchedule(String scheduleName, String actor, JsonArray args, String businessKey) {
        return new StartRequest(actor, args, businessKey, null, null, scheduleName, null);
    }

    /** The same request, identified by {@code key}. */
    public StartRequest withRequestKey(String key) {
        return new StartRequest(actor, args, businessKey, deadlineSeconds, onDeadline, scheduleName, key);
    }
}
