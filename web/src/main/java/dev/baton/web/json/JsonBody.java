package dev.baton.web.json;

import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.PayloadTooLargeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import dev.baton.domain.common.JsonText;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body as a JSON object, refusing bodies over the configured cap before parsing them. */
@ApplicationScoped
public class JsonBody {

    @Inject
    @ConfigProperty(name = "baton.request.max-bytes", defaultValue = "4194304")
    int maxBytes;

    public Fields read(InputStream in) {
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
        if (bytes.length == 0) {
            throw new InvalidInputException("malformed-json", "The request body is empty; a JSON object is expected.");
        }
        try (JsonReader reader = JsonText.JSON.createReader(new ByteArrayInputStream(bytes))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException("malformed-json", "The request body must be a JSON object.");
            }
            return new Fields((JsonObject) value, "");
        } catch (JsonParsingException e) {
            throw new InvalidInputException("malformed-json", "Malformed JSON at line "
                    + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ".");
        } catch (JsonException e) {
            throw new InvalidInputException("malformed-json", "Malformed JSON.");
        }
    }
}
