/**
 * Dispatch: the ready queues and leases in Hazelcast, polls (including long polls that hold no thread
 * while they wait) and tokens. A poll never touches the database; the database stays the judge of which
 * completion counts, through the attempt number inside every token.
 */
package dev.baton.engine.dispatch;
