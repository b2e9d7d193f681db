package dev.baton.domain.operation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.Instant;

/**
 * One action applied to every process a filter selects, in small chunks, each its own transaction. The
 * row records the filter, how far the run got (the last process id handled: processes are walked newest
 * first by id) and the counts, so a run that lost its node is taken over from where it stopped.
 */
@Entity
@Table(name = "baton_bulk_operation")
public class BulkOperation {

    @Id
    @Column(length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BulkAction action;

    /** The filter as JSON, as the operator sent it. */
    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(name = "filter_json", nullable = false)
    private String filterJson;

    @Column(length = 1000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BulkState state;

    @Column(name = "last_id", length = 36)
    private String lastId;

    @Column(nullable = false)
    private int matched;

    @Column(nullable = false)
    private int affected;

    @Column(nullable = false)
    private int skipped;

    @Column(name = "requested_by", nullable = false, length = 200)
    private String requestedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the running node last reported progress; a run whose heartbeat is old is taken over. */
    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(length = 200)
    private String node;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Version
    private long version;

    protected BulkOperation() {
    }

    public BulkOperation(String id, BulkAction action, String filterJson, String reason, String requestedBy,
                         String node, Instant now) {
        this.id = id;
        this.action = action;
        this.filterJson = filterJson;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.node = node;
        this.state = BulkState.RUNNING;
        this.createdAt = now;
        this.heartbeatAt = now;
    }

    /** A chunk was handled: {@code matched} processes selected, of which {@code affected} changed. */
    public void chunkDone(String lastIdOfChunk, int matchedInChunk, int affectedInChunk, Instant now) {
        requireRunning();
        lastId = lastIdOfChunk;
        matched += matchedInChunk;
        affected += affectedInChunk;
        skipped += matchedInChunk - affectedInChunk;
        heartbeatAt = now;
    }

    public void finish(Instant now) {
        requireRunning();
        state = BulkState.DONE;
        endedAt = now;
        heartbeatAt = now;
    }

    public void fail(String error, Instant now) {
        requireRunning();
        state = BulkState.FAILED;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
        endedAt = now;
        heartbeatAt = now;
    }

    /** A running operation whose node has not reported for {@code silence} is presumed orphaned. */
    public boolean isOrphaned(Instant now, Duration silence) {
        return state == BulkState.RUNNING && heartbeatAt.plus(silence).isBefore(now);
    }

    public void takeOver(String newNode, Instant now) {
        requireRunning();
        node = newNode;
        heartbeatAt = now;
    }

    private void requireRunning() {
        if (state != BulkState.RUNNING) {
            throw new IllegalStateException("Bulk operation " + id + " is " + state);
        }
    }

    public String id() {
        return id;
    }

    public BulkAction action() {
        return action;
    }

    public String filterJson() {
        return filterJson;
    }

    public String reason() {
        return reason;
    }

    public BulkState state() {
        return state;
    }

    public String lastId() {
        return lastId;
    }

    public int matched() {
        return matched;
    }

    public int affected() {
        return affected;
    }

    public int skipped() {
        return skipped;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant heartbeatAt() {
        return heartbeatAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String node() {
        return node;
    }

    public String lastError() {
        return lastError;
    }
}
