/** {@code /events}: delivering an external event by process id or by actor and business key. */
package dev.baton.web.event;
