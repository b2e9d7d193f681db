package dev.baton.engine.process;

import dev.baton.domain.common.Fields;
import dev.baton.domain.process.DeadlineAction;
import jakarta.json.JsonArray;

/**
 * What a caller asks for when starting a process. {@code deadlineSeconds} (optional) bounds how long it may
 * run; at the deadline it fails or is cancelled, as {@code onDeadline} says (default: fail). {@code requestKey}
 * (optional) identifies the request itself, e.g. a JMS message id: a second start with the same request key
 * starts nothing and answers the process the first one started.
 */
public record StartRequest(String actor, JsonArray args, String businessKey, Integer deadlineSeconds,
                           DeadlineAction onDeadline, String requestKey) {

    public StartRequest(String actor, JsonArray args, String businessKey, Integer deadlineSeconds,
                        DeadlineAction onDeadline) {
        this(actor, args, businessKey, deadlineSeconds, onDeadline, null);
    }

    public StartRequest(String actor, JsonArray args, String businessKey) {
        this(actor, args, businessKey, null, null, null);
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

    /** The same request, identified by {@code key}. */
    public StartRequest withRequestKey(String key) {
        return new StartRequest(actor, args, businessKey, deadlineSeconds, onDeadline, key);
    }
}
