package dev.baton.messaging.outcome;

import dev.baton.domain.common.JsonText;
import dev.baton.messaging.Destinations;
import dev.baton.messaging.MessageProperties;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.List;

/**
 * Sends outcomes to {@code baton.process-events}. Each message carries {@code _AMQ_DUPL_ID} = its outbox id, so an
 * entry sent again after a crash is dropped by the broker. The sends are durable and synchronous but not
 * transacted: the broker drops a duplicate sent on its own silently, whereas a duplicate inside a transaction
 * rolls the whole transaction back (and, as an XA branch, leaves a heuristic record in the transaction log).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutcomePublisher {

    @Resource(lookup = Destinations.CONNECTION_FACTORY)
    ConnectionFactory factory;

    @Resource(lookup = Destinations.PROCESS_EVENTS)
    Topic topic;

    /** Sends the outcomes in order, on one connection; returns once the broker has stored every one. */
    public void publish(List<OutcomeMessage> outcomes) {
        try (Connection connection = factory.createConnection();
             Session session = connection.createSession();
             MessageProducer producer = session.createProducer(topic)) {
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            for (OutcomeMessage outcome : outcomes) {
                producer.send(message(session, outcome));
            }
        } catch (JMSException e) {
            throw new JMSRuntimeException("Publishing outcomes failed: " + e.getMessage(), e.getErrorCode(), e);
        }
    }

    private static TextMessage message(Session session, OutcomeMessage outcome) throws JMSException {
        JsonObjectBuilder json = JsonText.JSON.createObjectBuilder()
                .add("outcomeId", outcome.outcomeId())
                .add("processId", outcome.processId())
                .add("actor", outcome.actor())
                .add("businessKey", outcome.businessKey() == null ? JsonValue.NULL : JsonText.JSON.createValue(outcome.businessKey()))
                .add("state", outcome.state())
                .add("result", value(outcome.resultJson()))
                .add("error", value(outcome.errorJson()))
                .add("endedAt", outcome.endedAt().toString());
        TextMessage message = session.createTextMessage(JsonText.write(json.build()));
        message.setJMSType("baton.process-ended");
        message.setStringProperty(MessageProperties.STATE, outcome.state());
        message.setStringProperty(MessageProperties.ACTOR, outcome.actor());
        message.setStringProperty(MessageProperties.PROCESS_ID, outcome.processId());
        if (outcome.businessKey() != null) {
            message.setStringProperty(MessageProperties.BUSINESS_KEY, outcome.businessKey());
        }
        message.setStringProperty(MessageProperties.OUTCOME_ID, outcome.outcomeId());
        message.setStringProperty(MessageProperties.DUPLICATE_ID, outcome.outcomeId());
        return message;
    }

    private static JsonValue value(String json) {
        return json == null ? JsonValue.NULL : JsonText.parse(json);
    }
}
