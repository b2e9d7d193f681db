package dev.baton.example.orders;

import dev.baton.client.actor.ActorException;
import dev.baton.client.actor.TaskContext;

/** Pretends to charge a card; large amounts are declined for good, which fails the process. */
public final class ChargePaymentImpl implements ChargePayment {

    static final long LIMIT_CENTS = 1_000_00;

    @Override
    public Payment charge(Order order) {
        if (order.amountCents() > LIMIT_CENTS) {
            throw ActorException.nonRetryable("PaymentDeclined", "amount over limit for order " + order.id());
        }
        // The task id is stable across redeliveries: a real provider would get it as idempotency key.
        String transaction = "tx-" + TaskContext.current().taskId();
        return new Payment(order.id(), transaction, order.amountCents());
    }
}
