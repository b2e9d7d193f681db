/** What the engine knows about actors: queue depth, oldest ready work, leases in flight, last poll. */
package dev.baton.engine.actor;
