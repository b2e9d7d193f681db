package dev.baton.client.internal.decision;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.baton.client.actor.Promise;
import dev.baton.client.task.Decision;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Converts user values to JSON for the wire, promises included: a ready promise is its value, a failed one
 * {@code {"$error": ...}}, a pending one {@code {"$promise": ref}} wherever it sits in the object graph, and a
 * collection of nothing but pending promises {@code {"$promises": [...]}} (the fan-in form).
 */
public final class PayloadCodec {

    private final ObjectMapper mapper;

    public PayloadCodec(ObjectMapper userMapper) {
        this.mapper = userMapper.copy().registerModule(new SimpleModule("baton-promises")
                .addSerializer(Promise.class, new PromiseSerializer()));
    }

    /** The user's mapper extended with promise support; also used to read arguments. */
    public ObjectMapper mapper() {
        return mapper;
    }

    public JsonNode encode(Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        if (value instanceof Collection<?> c && allPending(c)) {
            List<String> refs = new ArrayList<>(c.size());
            for (Object p : c) {
                refs.add(checked((PendingPromise<?>) p).ref());
            }
            return Decision.promises(refs);
        }
        return mapper.valueToTree(value);
    }

    public ArrayNode encodeAll(Object[] values) {
        ArrayNode array = mapper.createArrayNode();
        if (values != null) {
            for (Object v : values) {
                array.add(encode(v));
            }
        }
        return array;
    }

    private static boolean allPending(Collection<?> c) {
        if (c.isEmpty()) {
            return false;
        }
        for (Object e : c) {
            if (!(e instanceof PendingPromise<?>)) {
                return false;
            }
        }
        return true;
    }

    static PendingPromise<?> checked(PendingPromise<?> p) {
        DecisionRecorder current = DecisionRecorder.current();
        if (p.owner() != current) {
            throw new IllegalStateException(p + " belongs to another decision: promises of recorded calls are "
                    + "valid only in the decider task that created them");
        }
        return p;
    }

    @SuppressWarnings("rawtypes")
    private static final class PromiseSerializer extends StdSerializer<Promise> {

        PromiseSerializer() {
            super(Promise.class);
        }

        @Override
        public void serialize(Promise promise, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (promise instanceof PendingPromise<?> pending) {
                gen.writeStartObject();
                gen.writeStringField("$promise", checked(pending).ref());
                gen.writeEndObject();
            } else if (promise.isFailed()) {
                gen.writeStartObject();
                gen.writeFieldName("$error");
                provider.defaultSerializeValue(promise.error(), gen);
                gen.writeEndObject();
            } else {
                provider.defaultSerializeValue(promise.get(), gen);
            }
        }
    }
}
