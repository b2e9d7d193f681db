/**
 * The cluster: the embedded Hazelcast member (configuration from MicroProfile Config, failure detection,
 * merge policies, membership log), node roles, the coordinator elected among executor nodes and fenced by
 * its database lease epoch, and the node registry.
 */
package dev.baton.engine.cluster;
