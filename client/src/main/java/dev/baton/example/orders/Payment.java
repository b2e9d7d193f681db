package dev.baton.example.orders;

public record Payment(String orderId, String transactionId, long amountCents) {
}
