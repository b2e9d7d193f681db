package dev.baton.client.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.baton.client.internal.json.IsoInstantDeserializer;

import java.time.Instant;

/**
 * One task handed to this actor by a poll. Every promise in its arguments has been resolved by the server, so
 * {@code args} holds plain JSON values (or {@code {"$error": ...}} for failed promises the task accepts).
 *
 * @param method         for workers: which interface method ({@code null} = the default one); for deciders: which
 *                       {@code @Asynchronous} method ({@code null} = the {@code @Execute} entry point)
 * @param attempt        1 for the first delivery, counting up with retries and lease expiries
 * @param token          fences this attempt: complete, fail and heartbeat must present it
 * @param leaseExpiresAt when the server hands the task to someone else unless it hears a heartbeat
 */
public record TaskDelivery(
        String id,
        String processId,
        String actor,
        TaskType type,
        String method,
        JsonNode args,
        int attempt,
        String token,
        @JsonDeserialize(using = IsoInstantDeserializer.class) @JsonSerialize(using = ToStringSerializer.class)
        Instant leaseExpiresAt) {
}
