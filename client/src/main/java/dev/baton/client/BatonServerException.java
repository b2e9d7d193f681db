package dev.baton.client;

/**
 * The servers answered 5xx or could not be reached, on every attempt the retry policy of
 * {@link BatonClientOptions} allowed. The request may or may not have taken effect.
 */
public class BatonServerException extends BatonException {

    public BatonServerException(int status, String problemType, String detail, String message, Throwable cause) {
        super(status, problemType, detail, message, cause);
    }
}
