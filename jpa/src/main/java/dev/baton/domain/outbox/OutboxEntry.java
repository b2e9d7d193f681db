package dev.baton.domain.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * One terminal state of one process waiting to be published. Written in the transaction that ended the process
 * (so a rolled-back ending leaves nothing), deleted after the relay has handed it to the broker. The id is new
 * for every state change (a process that fails, is restarted and completes has two entries) and doubles as the
 * message's duplicate-detection id, so a row published twice reaches subscribers once.
 */
@Entity
@Table(name = "baton_outbox")
public class OutboxEntry {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "process_id", nullable = false, length = 36)
    private String processId;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(name = "business_key", length = 200)
    private String businessKey;

    @Column(nullable = false, length = 16)
    private String state;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String result;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String error;

    @Column(name = "ended_at", nullable = false)
    private Instant endedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "claim_token", length = 36)
    private String claimToken;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    protected OutboxEntry() {
    }

    public OutboxEntry(String id, String processId, String actor, String businessKey, String state, String resultJson,
                       String errorJson, Instant endedAt, Instant createdAt) {
        this.id = id;
        this.processId = processId;
        this.actor = actor;
        this.businessKey = businessKey;
        this.state = state;
        this.result = resultJson;
        this.error = errorJson;
        this.endedAt = endedAt;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String processId() {
        return processId;
    }

    public String actor() {
        return actor;
    }

    public String businessKey() {
        return businessKey;
    }

    public String state() {
        return state;
    }

    public String result() {
        return result;
    }

    public String error() {
        return error;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** How many relays claimed this entry; more than one means an earlier relay did not finish. */
    public int attempts() {
        return attempts;
    }
}
