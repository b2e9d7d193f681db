/**
 * Task operations, one class each (complete, decide, fail, expire a lease, promote a due task), and the
 * settlement rules they share: how a settled task wakes the tasks that wait on it and when the process ends.
 */
package dev.baton.engine.task;
