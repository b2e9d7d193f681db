package dev.baton.example.orders;

public record Shipment(String orderId, String trackingNumber) {
}
