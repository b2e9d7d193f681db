/**
 * The transactional outbox: terminal process states written in the transaction that ends the process, kept
 * until a relay has published them, so an outcome is announced only for a committed change and never lost.
 */
package dev.baton.domain.outbox;
