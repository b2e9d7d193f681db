package dev.baton.domain.process;

/**
 * Criteria for listing processes. Paging is by keyset: {@code afterId} is the last id of the previous
 * page, and ids are time-ordered, so deep pages cost the same as the first.
 */
public record ProcessFilter(ProcessState state, String actor, String businessKey, String afterId, int limit) {
}
