package dev.baton.client;

/** 401/403: wrong credentials or missing permission. */
public class BatonAuthException extends BatonException {

    public BatonAuthException(int status, String problemType, String detail, String message) {
        super(status, problemType, detail, message, null);
    }
}
