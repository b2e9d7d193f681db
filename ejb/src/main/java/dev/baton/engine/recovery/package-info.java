/**
 * Keeps Hazelcast consistent with the database, on the coordinator: rebuilds the queues when a node wins
 * the role, re-queues ready tasks that are neither queued nor leased, expires leases anywhere in the
 * cluster, and promotes tasks whose retry time has come.
 */
package dev.baton.engine.recovery;
