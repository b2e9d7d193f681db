/**
 * Tasks: one invocation of an actor inside a process. A task waits for the promises in its arguments,
 * becomes ready, is attempted (possibly several times, with backoff) and ends completed, failed or
 * cancelled. {@link dev.baton.domain.task.TaskTransition} is the complete table of allowed moves.
 */
package dev.baton.domain.task;
