package dev.baton.console.view;

/** One entry of a process's history timeline. */
public record HistoryRow(String at, String kind, String taskId, Integer attempt, String actor, String detail) {

    /** A short class for the timeline's marker: failed, done, operator or plain. */
    public String tone() {
        if (kind.contains("FAILED") || kind.contains("TIMED_OUT") || kind.contains("CANCELLED") || kind.contains("ABANDONED")) {
            return "bad";
        }
        if (kind.contains("COMPLETED") || kind.contains("DECIDED")) {
            return "good";
        }
        if (kind.contains("SUSPENDED") || kind.contains("RESUMED") || kind.contains("RESTARTED") || kind.contains("REVIVED")) {
            return "operator";
        }
        return "plain";
    }
}
