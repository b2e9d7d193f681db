package dev.baton.client;

/** 409: the task attempt's token is stale or the task already finished. Results that meet this are dropped, never retried: another attempt owns the task now. */
public class BatonConflictException extends BatonException {

    public BatonConflictException(int status, String problemType, String detail, String message) {
        super(status, problemType, detail, message, null);
    }
}
