/**
 * Terminal process states published on {@code baton.process-events}: a transactional outbox row is written in
 * the transaction that ends a process, relayed to the topic right after the commit (off the completing thread)
 * and by a sweeper for whatever a relay left behind; the broker's duplicate detection (the row id) makes a relay
 * that died between sending and deleting harmless.
 */
package dev.baton.messaging.outcome;
