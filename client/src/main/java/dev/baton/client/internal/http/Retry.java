package dev.baton.client.internal.http;

/** Whether a request may be sent again after a failure whose effect on the server is unknown. */
public enum Retry {
    /** Repeating is harmless (reads, polls, completions fenced by tokens, starts with a business key). */
    SAFE,
    /**
     * Repeating could act twice (a start without business key): retried only when the request certainly never
     * reached the server (connection refused) or the server said it did nothing (503).
     */
    UNSAFE
}
