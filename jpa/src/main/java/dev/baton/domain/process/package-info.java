/**
 * Processes: one run of a start decider, from its durable start to a terminal state. The process row is
 * also the lock that serialises every state change inside one process.
 */
package dev.baton.domain.process;
