package dev.baton.domain.audit;

import dev.baton.domain.common.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One thing an operator did: who, what, to what, when, and how many processes or tasks it affected. Written
 * in the same transaction as the change it records (or, for a bulk operation, when it ends); never updated.
 */
@Entity
@Table(name = "baton_audit")
public class AuditEntry {

    static final int DETAIL_LIMIT = 2000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "performed_by", nullable = false, length = 200)
    private String operator;

    @Column(nullable = false, length = 64)
    private String action;

    /** What it was done to: a process id, a task id, an actor name, a bulk operation id, a schedule name. */
    @Column(length = 200)
    private String target;

    @Column(nullable = false)
    private int affected;

    @Column(length = 4000)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String operator, String action, String target, int affected, String detail) {
        this.id = Ids.newId(at);
        this.at = at;
        this.operator = operator;
        this.action = action;
        this.target = target;
        this.affected = affected;
        this.detail = detail == null || detail.length() <= DETAIL_LIMIT ? detail : detail.substring(0, DETAIL_LIMIT) + "...";
    }

    public String id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String operator() {
        return operator;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public int affected() {
        return affected;
    }

    public String detail() {
        return detail;
    }
}
