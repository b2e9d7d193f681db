package dev.baton.console.view;

/** Failed processes that broke the same way, with the newest failure's message. */
public record BrokenGroupRow(String key, String causeActor, String errorType, String startActor, long count,
                             String newestAt, String newestProcessId, String newestMessage) {
}
