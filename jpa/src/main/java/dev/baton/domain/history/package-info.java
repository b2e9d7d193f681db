/** The append-only log of what happened to each process and its tasks, written in the same transactions. */
package dev.baton.domain.history;
