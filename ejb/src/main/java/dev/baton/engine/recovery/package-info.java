/**
 * Keeps Hazelcast consistent with the database: rebuilds the queues at start-up, re-queues ready tasks
 * that are neither queued nor leased, expires leases, and promotes tasks whose retry time has come.
 */
package dev.baton.engine.recovery;
