/**
 * External events: delivered to a process by id or by actor and business key, taken by an event task that
 * awaits the name, or kept in the process's mailbox until one does.
 */
package dev.baton.engine.event;
