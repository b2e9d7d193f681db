/**
 * Example: order fulfilment. {@link dev.baton.example.orders.OrderDecider} reserves stock and charges payment in
 * parallel, ships when both are done (the join), then summarises in an {@code @Asynchronous} step that also
 * copes with a failed shipment. {@link dev.baton.example.orders.OrderExample} runs it all against a server.
 */
package dev.baton.example.orders;
