/**
 * Decisions and promises: what a decider returns, how it is checked before anything is stored, and how
 * promise placeholders in arguments are rewritten to task ids and later replaced by values.
 */
package dev.baton.domain.decision;
