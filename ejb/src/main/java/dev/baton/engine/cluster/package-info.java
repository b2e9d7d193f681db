/** The embedded Hazelcast member: configuration from MicroProfile Config, start and stop with the deployment. */
package dev.baton.engine.cluster;
