package dev.baton.messaging.inbound;

import jakarta.ejb.ApplicationException;

/**
 * Thrown out of a consumer so the broker redelivers the message later (the resource adapter rolls the delivery
 * back; the address's redelivery delay applies). An application exception: the container neither logs it as a
 * failure of the bean nor discards the bean instance.
 */
@ApplicationException
public class RedeliveryRequested extends RuntimeException {

    public RedeliveryRequested(String message) {
        super(message);
    }
}
