package dev.baton.it.sdk;

import dev.baton.client.actor.Asynchronous;
import dev.baton.client.actor.Decider;
import dev.baton.client.actor.Decisions;
import dev.baton.client.actor.Execute;
import dev.baton.client.actor.Promise;
import dev.baton.client.actor.Worker;
import dev.baton.client.actor.WorkerClient;

import java.time.Duration;

/** A decider that waits for a payment event from the outside world, then has a worker book it. */
final class PaymentActors {

    private PaymentActors() {
    }

    record Payment(String reference, long cents) {
    }

    @Worker(name = "it.sdk.Book", version = "1.0")
    interface Book {
        String book(Payment payment);
    }

    @WorkerClient(worker = Book.class)
    interface BookClient {
        Promise<String> book(Promise<Payment> payment);
    }

    static final class BookImpl implements Book {
        @Override
        public String book(Payment payment) {
            return "booked " + payment.reference() + " for " + payment.cents();
        }
    }

    @Decider(name = "it.sdk.AwaitPayment", version = "1.0")
    interface AwaitPayment {
        @Execute
        Promise<String> await(String order);

        @Asynchronous
        Promise<String> confirm(String order, Promise<String> booking);
    }

    static final class AwaitPaymentImpl implements AwaitPayment {
        private final BookClient book = Decisions.client(BookClient.class);
        private final AwaitPayment self = Decisions.self(AwaitPayment.class);

        @Override
        public Promise<String> await(String order) {
            Promise<Payment> paid = Decisions.event("payment-received", Payment.class, Duration.ofHours(1));
            return self.confirm(order, book.book(paid));
        }

        @Override
        public Promise<String> confirm(String order, Promise<String> booking) {
            return Promise.asPromise(order + ": " + booking.get());
        }
    }
}
