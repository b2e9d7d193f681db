/**
 * The engine at a glance, for the console's dashboard: processes by state (open ones counted exactly, finished
 * ones over the last day, both from index ranges), completions per minute over the last hour, broken
 * processes, actors whose queues nobody polls, and this node's view of the Hazelcast cluster.
 */
package dev.baton.engine.overview;
