package dev.baton.example.orders;

/** What the customer ordered; amounts in cents to stay exact in JSON. */
public record Order(String id, String item, int quantity, long amountCents) {
}
