package dev.baton.console.view;

/**
 * One actor on the actors page and the dashboard. {@code polledRecently} is false when work is queued and nobody
 * has polled for a minute. Defaults are shown as typed into the form (seconds), empty meaning "engine default".
 */
public record ActorRow(String actor, int queueDepth, String oldestReady, int inFlight, String lastPoll,
                       String lastPollAgo, boolean polledRecently, long completionsPerMinute, boolean blocked,
                       String blockedBy, String blockedAt, Integer maxAttempts, Double initialIntervalSeconds,
                       Double backoffCoefficient, Double maxIntervalSeconds, Integer timeoutSeconds,
                       Integer scheduleToStartSeconds) {

    public String defaultsSummary() {
        StringBuilder s = new StringBuilder();
        if (maxAttempts != null) {
            s.append("attempts ").append(maxAttempts).append("; ");
        }
        if (initialIntervalSeconds != null) {
            s.append("backoff ").append(initialIntervalSeconds).append(" s");
            if (backoffCoefficient != null) {
                s.append(" ×").append(backoffCoefficient);
            }
            if (maxIntervalSeconds != null) {
                s.append(" ≤ ").append(maxIntervalSeconds).append(" s");
            }
            s.append("; ");
        }
        if (timeoutSeconds != null) {
            s.append("lease ").append(timeoutSeconds).append(" s; ");
        }
        if (scheduleToStartSeconds != null) {
            s.append("pick up within ").append(scheduleToStartSeconds).append(" s; ");
        }
        return s.isEmpty() ? "engine defaults" : s.substring(0, s.length() - 2);
    }
}
