package dev.baton.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.baton.client.internal.json.IsoInstantDeserializer;

import java.time.Instant;

/**
 * A process as the server reports it. {@code causeTaskId} names the task whose failure failed it (the one to
 * restart); {@code deadlineAt} is its deadline, if it was started with one. Payloads stay JSON trees because only the caller knows their Java types;
 * {@link BatonClient#resultOf(ProcessInfo, Class)} converts the result with the client's object mapper.
 */
public record ProcessInfo(
        String id,
        String actor,
        String businessKey,
        ProcessState state,
        JsonNode args,
        JsonNode result,
        ErrorInfo error,
        String causeTaskId,
        @JsonDeserialize(using = IsoInstantDeserializer.class) @JsonSerialize(using = ToStringSerializer.class)
        Instant createdAt,
        @JsonDeserialize(using = IsoInstantDeserializer.class) @JsonSerialize(using = ToStringSerializer.class)
        Instant endedAt,
        @JsonDeserialize(using = IsoInstantDeserializer.class) @JsonSerialize(using = ToStringSerializer.class)
        Instant deadlineAt) {

    public boolean isTerminal() {
        return state != null && state.isTerminal();
    }
}
