package dev.baton.messaging.inbound;

import dev.baton.domain.common.Fields;

/**
 * A decoded message: its JSON object, and the key that identifies it across redeliveries and re-drives
 * ({@code jms:} + its original message id; null when the sender disabled message ids).
 */
public record InboundMessage(Fields json, String requestKey) {
}
