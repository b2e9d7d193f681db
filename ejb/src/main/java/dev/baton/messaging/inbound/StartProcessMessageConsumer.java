package dev.baton.messaging.inbound;

import dev.baton.engine.process.ProcessService;
import dev.baton.engine.process.StartRequest;
import dev.baton.messaging.Destinations;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * {@code baton.start}: a JSON text message shaped like the body of {@code POST /processes} starts a process. The
 * business key, or else the message's original id (as a request key), makes a redelivery start nothing twice:
 * the key's row commits with the process, before the message is acknowledged.
 */
@MessageDriven(name = "StartProcessMessageConsumer", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.START),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartProcessMessageConsumer implements MessageListener {

    @Inject
    InboundMessages inbound;

    @Inject
    ProcessService processes;

    @Override
    public void onMessage(Message message) {
        inbound.handle(message, Destinations.START, in -> {
            StartRequest request = StartRequest.read(in.json());
            processes.start(request.businessKey() == null ? request.withRequestKey(in.requestKey()) : request);
        });
    }
}
