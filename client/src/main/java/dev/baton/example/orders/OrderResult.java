package dev.baton.example.orders;

/** The process result: shipped with a tracking number, or not shipped with the reason. */
public record OrderResult(String orderId, boolean shipped, String trackingNumber, String problem) {
}
