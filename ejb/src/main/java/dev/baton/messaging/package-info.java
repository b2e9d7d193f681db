/**
 * Baton over JMS, next to the REST API and as thin: consumers of {@code baton.start} and {@code baton.events}
 * that decode a message and hand it to the engine, dead-lettering what can never succeed with the reason
 * attached, and the relay that publishes terminal process states on {@code baton.process-events} from the
 * transactional outbox. The engine itself knows nothing of JMS. See docs/jms.md.
 */
package dev.baton.messaging;
