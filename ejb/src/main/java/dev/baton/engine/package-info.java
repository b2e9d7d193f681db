/**
 * The engine: commands that load domain objects, make one domain change and store it, the dispatcher
 * that hands ready tasks to actors through Hazelcast, and the background work that keeps the in-memory
 * side consistent with the database. It knows nothing of HTTP or JMS.
 */
package dev.baton.engine;
