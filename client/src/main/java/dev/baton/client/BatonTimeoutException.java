package dev.baton.client;

/** {@link BatonClient#awaitCompletion} gave up before the process reached a terminal state. */
public class BatonTimeoutException extends BatonException {

    private final ProcessInfo lastSeen;

    public BatonTimeoutException(ProcessInfo lastSeen, String message) {
        super(0, null, null, message, null);
        this.lastSeen = lastSeen;
    }

    /** The process as last observed, still running. */
    public ProcessInfo lastSeen() {
        return lastSeen;
    }
}
