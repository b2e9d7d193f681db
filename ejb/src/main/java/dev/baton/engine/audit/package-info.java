/** The audit log of operator actions: recorded in the action's own transaction, read newest first. */
package dev.baton.engine.audit;
