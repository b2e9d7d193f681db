package dev.baton.web.json;

import dev.baton.domain.common.Fields;
import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.JsonText;
import dev.baton.domain.common.PayloadTooLargeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body as JSON, refusing bodies over the configured cap before parsing them. */
@ApplicationScoped
public class JsonBody {

    @Inject
    @ConfigProperty(name = "baton.request.max-bytes", defaultValue = "4194304")
    int maxBytes;

    /** The body must be a JSON object. */
    public Fields read(InputStream in) {
        byte[] bytes = bytes(in);
        if (bytes.length == 0) {
            throw new InvalidInputException("malformed-json", "The request body is empty; a JSON object is expected.");
        }
        return object(parse(bytes));
    }

    /** A JSON object, or null when the body is empty (operations whose body is optional). */
    public Fields readOptional(InputStream in) {
        byte[] bytes = bytes(in);
        return bytes.length == 0 ? null : object(parse(bytes));
    }

    /** Any JSON value (an event's payload); an empty body reads as JSON null. */
    public JsonValue readValue(InputStream in) {
        byte[] bytes = bytes(in);
        return bytes.length == 0 ? JsonValue.NULL : parse(bytes);
    }

    private static Fields object(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("malformed-json", "The request body must be a JSON object.");
        }
        return new Fields((JsonObject) value, "");
    }

    private byte[] bytes(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            // Undertow aborts bodies over its own max-post-size while they are read.
            if (e.getClass().getSimpleName().contains("TooBig") || e.getClass().getSimpleName().contains("TooLarge")) {
                throw new PayloadTooLargeException("payload-too-large", "The request body is too large.");
            }
            throw new InvalidInputException("unreadable-body", "The request body could not be read completely.");
        }
        if (bytes.length > maxBytes) {
            throw new PayloadTooLargeException("payload-too-large",
                    "The request body is larger than the limit of " + maxBytes + " bytes.");
        }
        return bytes;
    }

    private static JsonValue parse(byte[] bytes) {
        try (JsonReader reader = JsonText.JSON.createReader(new ByteArrayInputStream(bytes))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            throw new InvalidInputException("malformed-json", "Malformed JSON at line "
                    + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ".");
        } catch (JsonException e) {
            throw new InvalidInputException("malformed-json", "Malformed JSON.");
        }
    }
}
