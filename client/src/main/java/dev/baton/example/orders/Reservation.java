package dev.baton.example.orders;

public record Reservation(String orderId, String warehouse) {
}
