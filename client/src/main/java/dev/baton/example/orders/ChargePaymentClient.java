package dev.baton.example.orders;

import dev.baton.client.actor.Promise;
import dev.baton.client.actor.TaskOptions;
import dev.baton.client.actor.WorkerClient;

@WorkerClient(worker = ChargePayment.class)
public interface ChargePaymentClient {
    /** Payment providers time out now and then: retry generously, but never hold a lease for long. */
    @TaskOptions(maxAttempts = 5, initialIntervalSeconds = 2, backoffCoefficient = 2, maxIntervalSeconds = 30,
            timeoutSeconds = 30)
    Promise<Payment> charge(Order order);
}
