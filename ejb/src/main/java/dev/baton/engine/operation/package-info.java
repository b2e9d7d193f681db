/**
 * The operators' levers on processes: suspend, resume, cancel, restart (with corrected arguments) and
 * abandon, one process at a time or in bulk over a filter, each recorded in the audit log.
 */
package dev.baton.engine.operation;
