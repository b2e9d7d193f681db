package dev.baton.domain.retention;

import dev.baton.domain.process.ProcessInstance;
import dev.baton.domain.process.ProcessState;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Finds finished processes past their retention and deletes them with everything that belongs to them. */
public interface RetentionRepository {

    /** Ids of processes in the (terminal) state that ended before {@code endedBefore}, oldest first. */
    List<String> expired(ProcessState state, Instant endedBefore, int limit);

    /** How many processes in the state ended before {@code endedBefore}. */
    long countExpired(ProcessState state, Instant endedBefore);

    /** When the process in the state that ended first ended, if there is one. */
    Optional<Instant> oldestEnded(ProcessState state);

    /**
     * Deletes the processes and their tasks, promise edges, history, events (consumed and waiting) and business
     * keys. The caller holds the processes' locks and has checked they are still eligible.
     */
    void delete(Collection<ProcessInstance> processes);
}
