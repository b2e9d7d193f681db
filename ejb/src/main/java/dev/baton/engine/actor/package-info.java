/**
 * Actors as operators see them: queue depth, oldest ready work, leases in flight, last poll, completions
 * per minute; blocking and unblocking; per-actor task defaults, mirrored in memory for polls and decisions.
 */
package dev.baton.engine.actor;
