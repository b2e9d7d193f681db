/** {@code /audit}: the audit log of operator actions. */
package dev.baton.web.audit;
