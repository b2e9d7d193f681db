package dev.baton.domain.process;

import java.time.Instant;

/**
 * Failed processes that broke the same way: the same failing actor ({@code causeActor}), error type and
 * start actor. {@code newestMessage} is the error message of the most recent one.
 */
public record BrokenGroup(String causeActor, String errorType, String startActor, long count, Instant newestAt,
                          String newestProcessId, String newestMessage) {
}
