package dev.baton.domain.process;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The record that a start request with this key has started a process. It commits in the transaction that
 * creates the process, so a redelivered request (a JMS start the broker delivers again because the
 * acknowledgement was lost after the commit) finds it and starts nothing. The primary key makes two
 * concurrent deliveries of one request produce one process.
 */
@Entity
@Table(name = "baton_request_key")
public class RequestKey {

    @Id
    @Column(name = "request_key", length = 200)
    private String key;

    @Column(name = "process_id", nullable = false, length = 36)
    private String processId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RequestKey() {
    }

    public RequestKey(String key, String processId, Instant createdAt) {
        this.key = key;
        this.processId = processId;
        this.createdAt = createdAt;
    }

    public String key() {
        return key;
    }

    public String processId() {
        return processId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
