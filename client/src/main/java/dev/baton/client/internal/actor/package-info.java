/**
 * Executing one delivered task against a user's implementation: decoding arguments to the method's generic
 * parameter types, invoking it (recording a decision for deciders), and turning its return value or exception
 * into an {@link dev.baton.client.internal.actor.Outcome}. No networking here, which keeps it unit-testable.
 */
package dev.baton.client.internal.actor;
