package dev.baton.domain.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * An external event delivered to a process: consumed at once by an event task waiting for its name, or
 * kept in the process's mailbox until such a task appears. The delivery key (the sender's, or the event's
 * own id) makes a repeated delivery of the same event a no-op.
 */
@Entity
@Table(name = "baton_event")
public class ProcessEvent {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "process_id", nullable = false, length = 36)
    private String processId;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "delivery_key", nullable = false, length = 200)
    private String deliveryKey;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String payload;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "consumed_by", length = 36)
    private String consumedBy;

    @Column(name = "consumed_at")
    private Instant consumedAt;

    protected ProcessEvent() {
    }

    public ProcessEvent(String id, String processId, String name, String deliveryKey, String payloadJson,
                        Instant receivedAt) {
        this.id = id;
        this.processId = processId;
        this.name = name;
        this.deliveryKey = deliveryKey == null ? id : deliveryKey;
        this.payload = payloadJson;
        this.receivedAt = receivedAt;
    }

    public boolean isConsumed() {
        return consumedBy != null;
    }

    /** The event task that took this event as its value. */
    public void consumeBy(String taskId, Instant now) {
        if (consumedBy != null) {
            throw new IllegalStateException("Event " + id + " was consumed by task " + consumedBy + " already");
        }
        consumedBy = taskId;
        consumedAt = now;
    }

    public String id() {
        return id;
    }

    public String processId() {
        return processId;
    }

    public String name() {
        return name;
    }

    public String deliveryKey() {
        return deliveryKey;
    }

    public String payload() {
        return payload;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String consumedBy() {
        return consumedBy;
    }

    public Instant consumedAt() {
        return consumedAt;
    }
}
