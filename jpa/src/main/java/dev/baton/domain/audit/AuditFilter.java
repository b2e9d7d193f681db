package dev.baton.domain.audit;

import java.time.Instant;

/** Criteria for reading the audit log, newest first; {@code afterId} pages by keyset. */
public record AuditFilter(String operator, String action, String target, Instant from, Instant to, String afterId,
                          int limit) {
}
