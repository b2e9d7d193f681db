/** The audit log: every operator action with who, what, when and how many it affected. */
package dev.baton.domain.audit;
