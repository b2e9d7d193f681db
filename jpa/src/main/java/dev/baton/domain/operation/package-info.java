/**
 * Operations on many processes at once (bulk suspend, resume, cancel, restart, abandon), recorded with their
 * filter and progress so they run in small transactions and survive the loss of their node.
 */
package dev.baton.domain.operation;
