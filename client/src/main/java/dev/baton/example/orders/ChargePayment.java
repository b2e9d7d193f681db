package dev.baton.example.orders;

import dev.baton.client.actor.Worker;

@Worker(name = "example.ChargePayment", version = "1.0")
public interface ChargePayment {
    Payment charge(Order order);
}
