package dev.baton.console.facade;

import dev.baton.domain.operation.BulkAction;

/** The operations the console offers on processes, one at a time, on a selection, or over a filter. */
public enum Operation {
    SUSPEND(BulkAction.SUSPEND, "suspended"),
    RESUME(BulkAction.RESUME, "resumed"),
    CANCEL(BulkAction.CANCEL, "cancelled"),
    RESTART(BulkAction.RESTART, "restarted"),
    ABANDON(BulkAction.ABANDON, "abandoned");

    private final BulkAction bulk;
    private final String done;

    Operation(BulkAction bulk, String done) {
        this.bulk = bulk;
        this.done = done;
    }

    public BulkAction bulk() {
        return bulk;
    }

    /** The past participle for messages: "3 processes cancelled". */
    public String done() {
        return done;
    }
}
