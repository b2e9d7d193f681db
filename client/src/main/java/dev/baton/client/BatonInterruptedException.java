package dev.baton.client;

/** The calling thread was interrupted while waiting for the server; the interrupt flag is set again. */
public class BatonInterruptedException extends BatonException {

    public BatonInterruptedException(InterruptedException cause) {
        super(0, null, null, "interrupted while talking to the Baton server", cause);
    }
}
