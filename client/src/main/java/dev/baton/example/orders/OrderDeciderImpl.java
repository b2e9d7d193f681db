package dev.baton.example.orders;

import dev.baton.client.actor.Decisions;
import dev.baton.client.actor.Promise;

/** Plans the fulfilment. Nothing here blocks: every call below is recorded as a task of the decision. */
public final class OrderDeciderImpl implements OrderDecider {

    private final CheckInventoryClient inventory = Decisions.client(CheckInventoryClient.class);
    private final ChargePaymentClient payments = Decisions.client(ChargePaymentClient.class);
    private final ShipOrderClient shipping = Decisions.client(ShipOrderClient.class);
    private final OrderDecider self = Decisions.self(OrderDecider.class);

    @Override
    public Promise<OrderResult> fulfil(Order order) {
        Promise<Reservation> reservation = inventory.reserve(order);   // these two run in parallel
        Promise<Payment> payment = payments.charge(order);
        Promise<Shipment> shipment = shipping.ship(order, reservation, payment);
        return self.summarize(order, shipment);
    }

    @Override
    public Promise<OrderResult> summarize(Order order, Promise<Shipment> shipment) {
        if (shipment.isFailed()) {
            return Promise.asPromise(new OrderResult(order.id(), false, null, shipment.error().message()));
        }
        return Promise.asPromise(new OrderResult(order.id(), true, shipment.get().trackingNumber(), null));
    }
}
