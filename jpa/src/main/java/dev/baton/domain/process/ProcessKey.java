package dev.baton.domain.process;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * The claim of a business key by a process. Its primary key (actor, business key) is what makes two
 * concurrent starts with the same key produce one process: the second insert fails in the database.
 */
@Entity
@Table(name = "baton_process_key")
@IdClass(ProcessKey.Key.class)
public class ProcessKey {

    @Id
    @Column(length = 200)
    private String actor;

    @Id
    @Column(name = "business_key", length = 200)
    private String businessKey;

    @Column(name = "process_id", nullable = false, length = 36)
    private String processId;

    protected ProcessKey() {
    }

    public ProcessKey(String actor, String businessKey, String processId) {
        this.actor = actor;
        this.businessKey = businessKey;
        this.processId = processId;
    }

    public String processId() {
        return processId;
    }

    /** Composite primary key; JPA requires it to be serializable, it never crosses a wire. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String actor;
        private String businessKey;

        public Key() {
        }

        public Key(String actor, String businessKey) {
            this.actor = actor;
            this.businessKey = businessKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(actor, k.actor) && Objects.equals(businessKey, k.businessKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(actor, businessKey);
        }
    }
}
