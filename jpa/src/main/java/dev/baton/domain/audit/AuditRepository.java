package dev.baton.domain.audit;

import java.util.List;

/** The audit log of operator actions. */
public interface AuditRepository {

    void add(AuditEntry entry);

    List<AuditEntry> list(AuditFilter filter);
}
