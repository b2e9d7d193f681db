package dev.baton.example.orders;

/** Pretends to hand the parcel to a carrier. */
public final class ShipOrderImpl implements ShipOrder {
    @Override
    public Shipment ship(Order order, Reservation reservation, Payment payment) {
        return new Shipment(order.id(), reservation.warehouse().toUpperCase() + "-" + payment.transactionId());
    }
}
