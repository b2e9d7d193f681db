package dev.baton.client.task;

/**
 * What the server said about one reported outcome: {@code status} 204 when accepted, otherwise the status
 * and problem type it would have answered for that outcome alone (e.g. 409 {@code stale-token} when the
 * lease had run out and the task was delivered again). A refused outcome changed nothing.
 */
public record ReportResult(String taskId, int status, String problemType, String detail) {

    public boolean accepted() {
        return status == 204;
    }
}
