/** Per-actor settings operators keep in the database: blocked or not, and defaults for new tasks. */
package dev.baton.domain.actor;
