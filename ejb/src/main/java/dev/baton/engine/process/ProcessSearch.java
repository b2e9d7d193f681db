package dev.baton.engine.process;

import dev.baton.domain.common.ActorName;
import dev.baton.domain.common.Ids;
import dev.baton.domain.common.InvalidInputException;
import dev.baton.domain.process.ProcessFilter;
import dev.baton.domain.process.ProcessState;

import java.time.Instant;
import java.util.Locale;

/**
 * Which processes a caller asks for (a list page or a bulk operation), as the caller said it: every
 * criterion optional, times as instants. {@link #toFilter(int)} checks it and makes the domain's filter;
 * a creation-time range and an end-time range may be combined with any other criterion.
 */
public record ProcessSearch(String state, String actor, String businessKey, String errorType, String causeActor,
                            Instant createdFrom, Instant createdTo, Instant endedFrom, Instant endedTo, String cursor,
                            String schedule) {

    /** Without a schedule criterion. */
    public ProcessSearch(String state, String actor, String businessKey, String errorType, String causeActor,
                         Instant createdFrom, Instant createdTo, Instant endedFrom, Instant endedTo, String cursor) {
        this(state, actor, businessKey, errorType, causeActor, createdFrom, createdTo, endedFrom, endedTo, cursor, null);
    }

    public static ProcessSearch all() {
        return new ProcessSearch(null, null, null, null, null, null, null, null, null, null, null);
    }

    public ProcessFilter toFilter(int limit) {
        ProcessState parsedState = null;
        if (state != null) {
            try {
                parsedState = ProcessState.valueOf(state.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("invalid-filter", "Unknown process state '" + state + "'.");
            }
        }
        if (cursor != null && !Ids.isWellFormed(cursor)) {
            throw new InvalidInputException("invalid-cursor", "The cursor is not one this server returned.");
        }
        requireOrdered(createdFrom, createdTo, "created");
        requireOrdered(endedFrom, endedTo, "ended");
        return ProcessFilter.builder()
                .state(parsedState)
                .actor(actor == null ? null : ActorName.canonical(actor))
                .businessKey(businessKey)
                .errorType(errorType)
                .causeActor(causeActor)
                .created(createdFrom, createdTo)
                .ended(endedFrom, endedTo)
                .afterId(cursor)
                .scheduleName(schedule)
                .limit(limit)
                .build();
    }

    private static void requireOrdered(Instant from, Instant to, String what) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("invalid-filter", what + "From must be before " + what + "To.");
        }
    }
}
