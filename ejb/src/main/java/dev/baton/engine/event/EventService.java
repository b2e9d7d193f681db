package dev.baton.engine.event;

import dev.baton.domain.common.ActorName;
import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.common.NotFoundException;
import dev.baton.domain.process.ProcessRepository;
import dev.baton.engine.dispatch.Dispatcher;
import dev.baton.engine.task.PayloadLimits;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;

/**
 * External events as the API and the JMS consumer deliver them: addressed by process id, or by the start
 * actor and business key of the process. The payload is any JSON value up to the payload cap; an optional
 * delivery key (e.g. the sender's message id) makes redelivery harmless.
 */
@ApplicationScoped
public class EventService {

    private static final int MAX_NAME = 150;
    private static final int MAX_KEY = 200;

    @EJB
    DeliverEventCommand command;

    @Inject
    ProcessRepository processes;

    @Inject
    PayloadLimits limits;

    @Inject
    Dispatcher dispatcher;

    public EventDelivery deliver(String processId, String name, JsonValue payload, String deliveryKey) {
        checkName(name);
        if (deliveryKey != null && (deliveryKey.isBlank() || deliveryKey.length() > MAX_KEY)) {
            throw new InvalidInputException("invalid-event", "A delivery key must be 1 to " + MAX_KEY + " characters.");
        }
        String payloadText = limits.check("The event's payload", payload == null ? JsonValue.NULL : payload);
        DeliverEventCommand.Outcome outcome = command.execute(processId, name, payloadText, deliveryKey);
        dispatcher.apply(outcome.effects());
        return outcome.delivery();
    }

    /** Delivers an event as the API and JMS address it: by process id, or by actor and business key. */
    public EventDelivery deliver(EventRequest event) {
        return event.byBusinessKey()
                ? deliverByKey(event.actor(), event.businessKey(), event.name(), event.payload(), event.key())
                : deliver(event.processId(), event.name(), event.payload(), event.key());
    }

    /** Delivers to the process that the start actor began with this business key. */
    public EventDelivery deliverByKey(String actor, String businessKey, String name, JsonValue payload,
                                      String deliveryKey) {
        String canonical = ActorName.canonical(actor);
        if (businessKey == null || businessKey.isBlank()) {
            throw new InvalidInputException("invalid-event", "businessKey is required with actor.");
        }
        String processId = processes.processIdForKey(canonical, businessKey).orElseThrow(() -> new NotFoundException(
                "unknown-process", "There is no process of " + canonical + " with business key '" + businessKey + "'."));
        return deliver(processId, name, payload, deliveryKey);
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new InvalidInputException("invalid-event", "An event name must be 1 to " + MAX_NAME + " characters.");
        }
    }
}
