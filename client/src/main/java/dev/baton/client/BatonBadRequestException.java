package dev.baton.client;

/** 400 (and other 4xx without a class of their own): the server rejected the input, e.g. a decision with an unknown ref or a cycle. Retrying the same request cannot help. */
public class BatonBadRequestException extends BatonException {

    public BatonBadRequestException(int status, String problemType, String detail, String message) {
        super(status, problemType, detail, message, null);
    }
}
