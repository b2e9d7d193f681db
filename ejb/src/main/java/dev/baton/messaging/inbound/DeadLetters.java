package dev.baton.messaging.inbound;

import dev.baton.messaging.Destinations;
import dev.baton.messaging.MessageProperties;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Puts a message Baton cannot handle on {@code baton.dlq}, with its body as it came and its own properties, plus
 * why: {@code baton_error_type}, {@code baton_error}, {@code baton_source}, {@code baton_delivery_count},
 * {@code baton_dead_lettered_at} and {@code baton_original_message_id}. A text message is copied; any other
 * message is sent on as it is, so its body is kept without being read (an ObjectMessage is never deserialized).
 * <p>
 * The dead letter's duplicate-detection id is derived from the delivered message's id: if the node dies after the
 * send but before the delivery is acknowledged, the redelivered message is dead-lettered again and the broker
 * drops the second copy. A message re-driven from the DLQ is a new message with a new id, so failing again puts
 * it back on the DLQ.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());

    @Resource(lookup = Destinations.CONNECTION_FACTORY)
    ConnectionFactory factory;

    @Resource(lookup = Destinations.DEAD_LETTERS)
    Queue deadLetters;

    @Inject
    Clock clock;

    public void send(Message message, String source, String errorType, String reason, int deliveryCount) {
        try (Connection connection = factory.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageProducer producer = session.createProducer(deadLetters)) {
            String messageId = message.getJMSMessageID();
            String original = message.getStringProperty(MessageProperties.ORIGINAL_MESSAGE_ID);
            Message letter = letterFor(session, message);
            letter.setStringProperty(MessageProperties.ERROR_TYPE, errorType);
            letter.setStringProperty(MessageProperties.ERROR, reason == null ? errorType : abbreviate(reason));
            letter.setStringProperty(MessageProperties.SOURCE, Destinations.shortName(source));
            letter.setIntProperty(MessageProperties.DELIVERY_COUNT, deliveryCount);
            letter.setStringProperty(MessageProperties.DEAD_LETTERED_AT, clock.instant().toString());
            if (original != null || messageId != null) {
                letter.setStringProperty(MessageProperties.ORIGINAL_MESSAGE_ID, original != null ? original : messageId);
            }
            if (messageId != null) {
                letter.setStringProperty(MessageProperties.DUPLICATE_ID, "baton.dlq:" + messageId);
            }
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            producer.setTimeToLive(0);
            producer.send(letter);
            LOG.warning(() -> "Dead-lettered message " + messageId + " from " + Destinations.shortName(source) + " after "
                    + deliveryCount + " deliveries: " + errorType + ": " + reason);
        } catch (JMSException e) {
            // The delivery fails and the broker redelivers it; past its attempts the broker dead-letters it itself.
            throw new JMSRuntimeException("Dead-lettering failed: " + e.getMessage(), e.getErrorCode(), e);
        }
    }

    private static Message letterFor(Session session, Message message) throws JMSException {
        Map<String, Object> properties = userProperties(message);
        Message letter;
        if (message instanceof TextMessage text) {
            letter = session.createTextMessage(text.getText());
            letter.setJMSCorrelationID(message.getJMSCorrelationID());
            letter.setJMSType(message.getJMSType());
        } else {
            // Sent on as it is: the provider keeps the body. Received properties are read-only until cleared.
            message.clearProperties();
            letter = message;
        }
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            letter.setObjectProperty(property.getKey(), property.getValue());
        }
        return letter;
    }

    /** The sender's own properties; the provider's (JMSX..., _AMQ...) describe this delivery, not the message. */
    private static Map<String, Object> userProperties(Message message) throws JMSException {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (Object name : Collections.list(message.getPropertyNames())) {
            names.add((String) name);
        }
        for (String name : names) {
            if (!name.startsWith("JMS") && !name.startsWith("_AMQ") && !name.startsWith("__AMQ")) {
                properties.put(name, message.getObjectProperty(name));
            }
        }
        return properties;
    }

    private static String abbreviate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "...";
    }
}
