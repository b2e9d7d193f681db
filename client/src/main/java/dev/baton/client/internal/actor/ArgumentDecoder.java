package dev.baton.client.internal.actor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.client.ErrorInfo;
import dev.baton.client.actor.AcceptFail;
import dev.baton.client.actor.Promise;
import dev.baton.client.internal.model.Types;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Turns a task's JSON arguments into Java arguments for a method, honouring generics ({@code List<Item>}),
 * {@code Promise<T>} parameters (wrapped as ready promises) and {@code {"$error": ...}} values, which only an
 * {@link AcceptFail} parameter may receive.
 */
final class ArgumentDecoder {

    private final ObjectMapper mapper;

    ArgumentDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Object[] decode(Method method, JsonNode args) {
        Parameter[] params = method.getParameters();
        Type[] types = method.getGenericParameterTypes();
        int given = args == null || args.isNull() ? 0 : args.size();
        if (given > params.length) {
            throw new BadArgumentsException(method.getName() + " takes " + params.length + " arguments, the task has "
                    + given, null);
        }
        Object[] values = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            JsonNode node = i < given ? args.get(i) : null;
            boolean acceptFail = params[i].isAnnotationPresent(AcceptFail.class);
            try {
                values[i] = decodeOne(node, types[i], acceptFail);
            } catch (BadArgumentsException e) {
                throw e;
            } catch (RuntimeException | java.io.IOException e) {
                throw new BadArgumentsException("argument " + i + " of " + method.getName() + " does not map to "
                        + types[i].getTypeName() + ": " + e.getMessage(), e);
            }
        }
        return values;
    }

    private Object decodeOne(JsonNode node, Type type, boolean acceptFail) throws java.io.IOException {
        if (Types.isPromise(type)) {
            ErrorInfo error = errorOf(node);
            if (error != null) {
                if (!acceptFail) {
                    throw new BadArgumentsException("received a failed promise without @AcceptFail: "
                            + error.type() + ": " + error.message(), null);
                }
                return Promise.failed(error);
            }
            return Promise.asPromise(convert(node, Types.firstTypeArgument(type)));
        }
        if (Types.isPromiseCollection(type) && node != null && node.isArray()) {
            Collection<Object> out = Types.raw(type).isAssignableFrom(ArrayList.class) ? new ArrayList<>()
                    : new LinkedHashSet<>();
            Type element = Types.firstTypeArgument(type);
            for (JsonNode item : node) {
                out.add(decodeOne(item, element, acceptFail));
            }
            return out instanceof List<?> list ? List.copyOf(list) : out;
        }
        ErrorInfo error = errorOf(node);
        if (error != null) {
            throw new BadArgumentsException("received a failed promise for a plain parameter: "
                    + error.type() + ": " + error.message(), null);
        }
        return convert(node, type);
    }

    private Object convert(JsonNode node, Type type) throws java.io.IOException {
        if (node == null || node.isNull()) {
            Class<?> raw = Types.raw(type);
            // a missing primitive gets Java's default (0, false), like a field that was never set
            return raw.isPrimitive() ? java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(raw, 1), 0) : null;
        }
        return mapper.treeToValue(node, mapper.constructType(type));
    }

    private ErrorInfo errorOf(JsonNode node) throws java.io.IOException {
        if (node != null && node.isObject() && node.size() == 1 && node.has("$error")) {
            return mapper.treeToValue(node.get("$error"), ErrorInfo.class);
        }
        return null;
    }
}
