package dev.baton.example.orders;

import dev.baton.client.actor.Worker;

@Worker(name = "example.CheckInventory", version = "1.0")
public interface CheckInventory {
    Reservation reserve(Order order);
}
