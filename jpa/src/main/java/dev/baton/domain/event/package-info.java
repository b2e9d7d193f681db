/**
 * External events delivered to processes: the per-process mailbox that keeps an event until an event task
 * of its name takes it, and the record of which task consumed which event.
 */
package dev.baton.domain.event;
