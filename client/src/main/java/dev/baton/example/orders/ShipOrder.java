package dev.baton.example.orders;

import dev.baton.client.actor.Worker;

@Worker(name = "example.ShipOrder", version = "1.0")
public interface ShipOrder {
    Shipment ship(Order order, Reservation reservation, Payment payment);
}
