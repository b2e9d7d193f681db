/**
 * The cluster's record in the database: the lease of the elected coordinator, whose epoch fences a node
 * that lost the role (paused, partitioned or slow) from committing the work only the coordinator may do.
 */
package dev.baton.domain.cluster;
