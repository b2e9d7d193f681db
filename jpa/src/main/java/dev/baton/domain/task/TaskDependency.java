package dev.baton.domain.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * An edge of the promise graph: {@code taskId} waits for {@code dependsOn}. Edges are stored only for
 * promises that were unresolved when the task was created, because only those need a wake-up.
 */
@Entity
@Table(name = "baton_task_dep")
@IdClass(TaskDependency.Key.class)
public class TaskDependency {

    @Id
    @Column(name = "task_id", length = 36)
    private String taskId;

    @Id
    @Column(name = "depends_on", length = 36)
    private String dependsOn;

    protected TaskDependency() {
    }

    public TaskDependency(String taskId, String dependsOn) {
        this.taskId = taskId;
        this.dependsOn = dependsOn;
    }

    public String taskId() {
        return taskId;
    }

    public String dependsOn() {
        return dependsOn;
    }

    /** Composite primary key; JPA requires it to be serializable, it never crosses a wire. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String taskId;
        private String dependsOn;

        public Key() {
        }

        public Key(String taskId, String dependsOn) {
            this.taskId = taskId;
            this.dependsOn = dependsOn;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(taskId, k.taskId) && Objects.equals(dependsOn, k.dependsOn);
        }

        @Override
        public int hashCode() {
            return Objects.hash(taskId, dependsOn);
        }
    }
}
