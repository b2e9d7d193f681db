package dev.baton.engine.event;

import dev.baton.domain.common.Fields;
import dev.baton.domain.common.InvalidInputException;
import jakarta.json.JsonValue;

/**
 * An event addressed by process id, or by the start actor and business key of its process:
 * {@code {processId | actor + businessKey, name, payload?, key?}}. The body of {@code POST /events} and of a
 * message on {@code baton.events}.
 */
public record EventRequest(String processId, String actor, String businessKey, String name, JsonValue payload,
                           String key) {

    /** Reads the wire form; unknown fields are refused, and the process must be addressed one way only. */
    public static EventRequest read(Fields event) {
        event.allowOnly("processId", "actor", "businessKey", "name", "payload", "key");
        String processId = event.string("processId");
        if (processId != null) {
            if (event.has("actor") || event.has("businessKey")) {
                throw new InvalidInputException("invalid-event",
                        "Address the process by processId or by actor and businessKey, not both.");
            }
            return new EventRequest(processId, null, null, event.requiredString("name"), event.value("payload"),
                    event.string("key"));
        }
        return new EventRequest(null, event.requiredString("actor"), event.requiredString("businessKey"),
                event.requiredString("name"), event.value("payload"), event.string("key"));
    }

    public boolean byBusinessKey() {
        return processId == null;
    }

    /** The same event with this delivery key, unless it carries its own. */
    public EventRequest withDefaultKey(String defaultKey) {
        return key != null ? this : new EventRequest(processId, actor, businessKey, name, payload, defaultKey);
    }
}
