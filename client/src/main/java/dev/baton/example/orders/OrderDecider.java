package dev.baton.example.orders;

import dev.baton.client.actor.AcceptFail;
import dev.baton.client.actor.Asynchronous;
import dev.baton.client.actor.Decider;
import dev.baton.client.actor.Execute;
import dev.baton.client.actor.Promise;

@Decider(name = "example.Order", version = "1.0")
public interface OrderDecider {

    @Execute
    Promise<OrderResult> fulfil(Order order);

    /** Runs after shipping, successful or not, and turns it into the process result. */
    @Asynchronous
    Promise<OrderResult> summarize(Order order, @AcceptFail Promise<Shipment> shipment);
}
