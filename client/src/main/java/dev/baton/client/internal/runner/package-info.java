/**
 * The machinery behind {@link dev.baton.client.runner.ActorRunner}: one long-polling loop per registered actor
 * feeding a fixed pool of executor threads, and a shared scheduler that heartbeats long-running tasks.
 */
package dev.baton.client.internal.runner;
