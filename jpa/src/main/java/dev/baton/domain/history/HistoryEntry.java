package dev.baton.domain.history;

import dev.baton.domain.common.Ids;
import dev.baton.domain.task.Task;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One fact in a process's history. Never updated. */
@Entity
@Table(name = "baton_history")
public class HistoryEntry {

    /** Detail text is cut to fit the column; the full values live on the task and process rows. */
    static final int DETAIL_LIMIT = 1000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "process_id", nullable = false, length = 36)
    private String processId;

    @Column(name = "task_id", length = 36)
    private String taskId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private HistoryKind kind;

    @Column(nullable = false)
    private Instant at;

    private Integer attempt;

    @Column(length = 200)
    private String actor;

    @Column(length = 4000)
    private String detail;

    protected HistoryEntry() {
    }

    private HistoryEntry(String processId, String taskId, HistoryKind kind, Instant at, Integer attempt, String actor,
                         String detail) {
        this.id = Ids.newId();
        this.processId = processId;
        this.taskId = taskId;
        this.kind = kind;
        this.at = at;
        this.attempt = attempt;
        this.actor = actor;
        this.detail = detail == null || detail.length() <= DETAIL_LIMIT ? detail : detail.substring(0, DETAIL_LIMIT) + "...";
    }

    public static HistoryEntry ofProcess(String processId, HistoryKind kind, Instant at, String actor, String detail) {
        return new HistoryEntry(processId, null, kind, at, null, actor, detail);
    }

    public static HistoryEntry ofTask(Task task, HistoryKind kind, Instant at, String detail) {
        return new HistoryEntry(task.processId(), task.id(), kind, at, task.attempt(), task.actor(), detail);
    }

    public String id() {
        return id;
    }

    public String processId() {
        return processId;
    }

    public String taskId() {
        return taskId;
    }

    public HistoryKind kind() {
        return kind;
    }

    public Instant at() {
        return at;
    }

    public Integer attempt() {
        return attempt;
    }

    public String actor() {
        return actor;
    }

    public String detail() {
        return detail;
    }
}
