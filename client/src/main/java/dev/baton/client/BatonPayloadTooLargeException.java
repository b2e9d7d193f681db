package dev.baton.client;

/** 413: arguments, result or error exceed the server's payload cap. */
public class BatonPayloadTooLargeException extends BatonBadRequestException {

    public BatonPayloadTooLargeException(int status, String problemType, String detail, String message) {
        super(status, problemType, detail, message);
    }
}
