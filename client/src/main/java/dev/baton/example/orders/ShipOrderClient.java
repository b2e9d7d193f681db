package dev.baton.example.orders;

import dev.baton.client.actor.Promise;
import dev.baton.client.actor.WorkerClient;

@WorkerClient(worker = ShipOrder.class)
public interface ShipOrderClient {
    /** Runs once both promises are resolved: the join of the two parallel branches. */
    Promise<Shipment> ship(Order order, Promise<Reservation> reservation, Promise<Payment> payment);
}
