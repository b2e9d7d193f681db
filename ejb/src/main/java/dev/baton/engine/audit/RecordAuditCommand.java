package dev.baton.engine.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Records an operator action that is not itself an engine command with an audit entry of its own, e.g. a
 * process started from the console, in a transaction of its own.
 */
@Stateless
public class RecordAuditCommand {

    @Inject
    AuditLog audit;

    public void record(String operator, String action, String target, int affected, String detail) {
        audit.record(operator, action, target, affected, detail);
    }
}
