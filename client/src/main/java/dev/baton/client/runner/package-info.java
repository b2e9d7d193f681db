/**
 * Hosting actors: {@link dev.baton.client.runner.ActorRunner} polls the server for the tasks of every registered
 * worker and decider, runs them on small thread pools, reports outcomes, keeps long tasks' leases alive and shuts
 * down gracefully.
 */
package dev.baton.client.runner;
