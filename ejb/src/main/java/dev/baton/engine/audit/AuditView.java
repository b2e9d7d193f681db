package dev.baton.engine.audit;

import dev.baton.domain.audit.AuditEntry;

import java.time.Instant;

/** An audit entry as callers see it. */
public record AuditView(String id, Instant at, String operator, String action, String target, int affected,
                        String detail) {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.id(), e.at(), e.operator(), e.action(), e.target(), e.affected(), e.detail());
    }
}
