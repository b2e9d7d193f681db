package dev.baton.client.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The mapper for protocol envelopes. Kept separate from the user's payload mapper so that a user's naming
 * strategy or strictness can never change the wire format, and unknown fields from newer servers are ignored.
 */
public final class WireJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private WireJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
