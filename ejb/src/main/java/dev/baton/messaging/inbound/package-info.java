/**
 * Consumers of {@code baton.start} and {@code baton.events}: each decodes a JSON text message and delegates to
 * the engine. What can never succeed (not text, not JSON, wrong fields, unknown actor, too large, an event for a
 * finished process) goes to {@code baton.dlq} at once with the reason; what may heal (the database away, an
 * event for a business key whose start has not arrived yet) is redelivered by the broker after a delay and
 * dead-lettered with the last reason after the bounded number of attempts. Consumers run without a container
 * transaction: the engine commits on its own, and the record of the commit (request key, delivery key) makes a
 * redelivery after a lost acknowledgement harmless.
 */
package dev.baton.messaging.inbound;
