/** Claims of work that one node at a time does for the whole cluster, guarded by a row lock. */
package dev.baton.domain.job;
