package dev.baton.client;

/** 404: the process or task does not exist. */
public class BatonNotFoundException extends BatonException {

    public BatonNotFoundException(int status, String problemType, String detail, String message) {
        super(status, problemType, detail, message, null);
    }
}
