package dev.baton.example.orders;

/** Pretends to reserve stock: even order numbers come from the north warehouse. */
public final class CheckInventoryImpl implements CheckInventory {
    @Override
    public Reservation reserve(Order order) {
        return new Reservation(order.id(), order.id().hashCode() % 2 == 0 ? "north" : "south");
    }
}
