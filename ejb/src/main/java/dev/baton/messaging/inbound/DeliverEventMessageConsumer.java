package dev.baton.messaging.inbound;

import dev.baton.domain.common.NotFoundException;
import dev.baton.engine.event.EventRequest;
import dev.baton.engine.event.EventService;
import dev.baton.messaging.Destinations;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * {@code baton.events}: a JSON text message shaped like the body of {@code POST /events} delivers an event. Its
 * delivery key defaults to the message's original id, so a redelivery is a no-op. An event addressed by business
 * key for which no process exists yet is redelivered (its start may still be on its way through
 * {@code baton.start}); an unknown process id or a finished process is dead-lettered at once.
 */
@MessageDriven(name = "DeliverEventMessageConsumer", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.EVENTS),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliverEventMessageConsumer implements MessageListener {

    @Inject
    InboundMessages inbound;

    @Inject
    EventService events;

    @Override
    public void onMessage(Message message) {
        inbound.handle(message, Destinations.EVENTS, in -> {
            EventRequest event = EventRequest.read(in.json()).withDefaultKey(in.requestKey());
            try {
                events.deliver(event);
            } catch (NotFoundException e) {
                if (event.byBusinessKey() && "unknown-process".equals(e.problemType())) {
                    throw new RetryableRefusal(e);
                }
                throw e;
            }
        });
    }
}
