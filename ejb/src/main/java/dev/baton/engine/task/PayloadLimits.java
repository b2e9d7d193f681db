package dev.baton.engine.task;

import dev.baton.domain.common.JsonText;
import dev.baton.domain.common.PayloadTooLargeException;
import dev.baton.engine.config.EngineSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;

/** Enforces the configured size cap on arguments and results, measured as UTF-8 JSON text. */
@ApplicationScoped
public class PayloadLimits {

    @Inject
    EngineSettings settings;

    /** Returns the value as JSON text, or refuses it when it is larger than the cap. */
    public String check(String what, JsonValue value) {
        String text = JsonText.write(value == null ? JsonValue.NULL : value);
        int cap = settings.payloadMaxBytes();
        // Characters are at most 3 UTF-8 bytes in the BMP; only count bytes when it could matter.
        if (text.length() * 3L > cap && text.getBytes(StandardCharsets.UTF_8).length > cap) {
            throw new PayloadTooLargeException("payload-too-large",
                    what + " is larger than the limit of " + cap + " bytes.");
        }
        return text;
    }
}
