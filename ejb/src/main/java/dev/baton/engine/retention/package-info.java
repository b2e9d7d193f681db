/**
 * Retention: deleting finished processes past their retention per outcome, in small transactions, by the node
 * holding the claim, with metrics of how far behind it is.
 */
package dev.baton.engine.retention;
