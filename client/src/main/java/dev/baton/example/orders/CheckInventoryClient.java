package dev.baton.example.orders;

import dev.baton.client.actor.Promise;
import dev.baton.client.actor.WorkerClient;

@WorkerClient(worker = CheckInventory.class)
public interface CheckInventoryClient {
    Promise<Reservation> reserve(Order order);
}
