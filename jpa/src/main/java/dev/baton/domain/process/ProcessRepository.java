package dev.baton.domain.process;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where processes and their business-key claims are kept. */
public interface ProcessRepository {

    Optional<ProcessInstance> find(String id);

    /** Loads the process and locks its row until the transaction ends. */
    Optional<ProcessInstance> lock(String id);

    /**
     * Loads and locks several processes in one statement, in ascending id order: every transaction that
     * locks more than one process does so in that order, so two of them never wait on each other in a cycle.
     */
    Map<String, ProcessInstance> lockAll(Collection<String> ids);

    void add(ProcessInstance process);

    /** Claims the business key; the flush makes a concurrent claim fail here rather than at commit. */
    void claimKey(ProcessKey key);

    Optional<String> processIdForKey(String actor, String businessKey);

    /** Processes matching the filter, newest first, at most {@code filter.limit()}. */
    List<ProcessInstance> list(ProcessFilter filter);

    /** Ids of the processes matching the filter, newest first; a cheap page for bulk operations. */
    List<String> ids(ProcessFilter filter);

    /** Unfinished processes whose deadline has passed, earliest deadline first. */
    List<String> pastDeadline(Instant now, int limit);

    /** Failed processes that ended in {@code [from, to)}, grouped by how they broke, biggest group first. */
    List<BrokenGroup> brokenGroups(Instant from, Instant to, int limit);

    /** Unfinished (running or suspended) processes started by the schedule. */
    long countActiveOfSchedule(String scheduleName);

    /** How many processes are in each state (states with none are left out). */
    Map<ProcessState, Long> countByState();

    /**
     * How many processes are in the state: a range count over the index on {@code (state, id)}, cheap for the
     * open states (running, suspended, failed) however many finished processes the table holds.
     */
    long countInState(ProcessState state);

    /** How many processes reached the (terminal) state at or after {@code from}: a range of {@code (state, ended_at)}. */
    long countEndedSince(ProcessState state, Instant from);

    /**
     * Processes that reached the (terminal) state in {@code [from, to)}, counted per minute: the key is the
     * start of the minute. Minutes without any are left out.
     */
    Map<Instant, Long> endedPerMinute(ProcessState state, Instant from, Instant to);
}
