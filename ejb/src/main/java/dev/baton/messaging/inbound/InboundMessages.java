package dev.baton.messaging.inbound;

import dev.baton.domain.common.EngineException;
import dev.baton.domain.common.Fields;
import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.JsonText;
import dev.baton.domain.common.PayloadTooLargeException;
import dev.baton.messaging.MessageProperties;
import dev.baton.messaging.MessagingSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every consumer does with a message around its own step: decode it, run the step, and sort failures into
 * permanent ones (dead-lettered at once with the reason), redeliveries, and a harmless duplicate.
 */
@ApplicationScoped
public class InboundMessages {

    private static final Logger LOG = Logger.getLogger(InboundMessages.class.getName());

    /** The step a consumer takes with a decoded message. */
    @FunctionalInterface
    public interface Step {
        void apply(InboundMessage message);
    }

    @Inject
    DeadLetters deadLetters;

    @Inject
    MessagingSettings settings;

    /** Handles one delivery of {@code message} from the queue {@code source} (e.g. {@code baton.start}). */
    public void handle(Message message, String source, Step step) {
        int delivery = deliveryCount(message);
        try {
            step.apply(decode(message));
        } catch (EngineException e) {
            if ("duplicate-request".equals(e.problemType())) {
                LOG.fine(() -> "Message " + messageId(message) + " on " + source + " was handled before: " + e.getMessage());
                return;
            }
            deadLetters.send(message, source, e.problemType(), e.getMessage(), delivery);
        } catch (RetryableRefusal e) {
            redeliverOrDeadLetter(message, source, e.type(), e.getMessage(), delivery);
        } catch (RedeliveryRequested e) {
            throw e;
        } catch (RuntimeException e) {
            // Anything else (the database away, a lock timeout, Hazelcast trouble) may pass: try again later.
            LOG.log(Level.FINE, "Delivery " + delivery + " of " + messageId(message) + " on " + source + " failed", e);
            redeliverOrDeadLetter(message, source, "delivery-failed", describe(e), delivery);
        }
    }

    private void redeliverOrDeadLetter(Message message, String source, String type, String reason, int delivery) {
        if (delivery >= settings.maxDeliveryAttempts()) {
            deadLetters.send(message, source, type, reason + " (after " + delivery + " deliveries)", delivery);
            return;
        }
        LOG.warning(() -> "Message " + messageId(message) + " on " + source + " failed (delivery " + delivery + " of "
                + settings.maxDeliveryAttempts() + "), redelivered later: " + type + ": " + reason);
        throw new RedeliveryRequested(type + ": " + reason);
    }

    private InboundMessage decode(Message message) {
        if (!(message instanceof TextMessage text)) {
            throw new InvalidInputException("unsupported-message-type", "Baton reads JMS text messages with a JSON "
                    + "body; this is a " + kind(message) + ".");
        }
        try {
            if (message.propertyExists(MessageProperties.LARGE_BODY_SIZE)
                    && message.getLongProperty(MessageProperties.LARGE_BODY_SIZE) > 4L * settings.maxMessageBytes()) {
                // Four bytes per character at most: far too large whatever it holds, so it is not even read.
                throw tooLarge();
            }
            String body = text.getText();
            if (body == null || body.isBlank()) {
                throw new InvalidInputException("malformed-json", "The message has no body; a JSON object is expected.");
            }
            if (body.length() > settings.maxMessageBytes() || body.getBytes(StandardCharsets.UTF_8).length > settings.maxMessageBytes()) {
                throw tooLarge();
            }
            JsonValue json = JsonText.parse(body);
            if (json.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException("malformed-json", "The message body must be a JSON object.");
            }
            return new InboundMessage(new Fields((JsonObject) json, ""), requestKey(message));
        } catch (JMSException e) {
            throw new JMSRuntimeException("The message could not be read: " + e.getMessage());
        }
    }

    private PayloadTooLargeException tooLarge() {
        return new PayloadTooLargeException("payload-too-large",
                "The message body is larger than the limit of " + settings.maxMessageBytes() + " bytes.");
    }

    private static String requestKey(Message message) throws JMSException {
        String original = message.getStringProperty(MessageProperties.ORIGINAL_MESSAGE_ID);
        String id = original != null ? original : message.getJMSMessageID();
        return id == null ? null : "jms:" + id;
    }

    static int deliveryCount(Message message) {
        try {
            return message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
        } catch (JMSException e) {
            return 1;
        }
    }

    static String messageId(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "(no id)";
        }
    }

    private static String kind(Message message) {
        if (message instanceof jakarta.jms.BytesMessage) {
            return "BytesMessage";
        }
        if (message instanceof jakarta.jms.ObjectMessage) {
            return "ObjectMessage (never deserialized)";
        }
        if (message instanceof jakarta.jms.MapMessage) {
            return "MapMessage";
        }
        if (message instanceof jakarta.jms.StreamMessage) {
            return "StreamMessage";
        }
        return "message without a body";
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.length() > 1000 ? text.substring(0, 1000) + "..." : text;
    }
}
