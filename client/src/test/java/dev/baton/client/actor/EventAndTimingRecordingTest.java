package dev.baton.client.actor;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.baton.client.actor.Deliveries.assertJson;
import static dev.baton.client.actor.Deliveries.decide;
import static dev.baton.client.actor.Deliveries.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A decider waits for external events and gives calls start delays and pick-up bounds. */
class EventAndTimingRecordingTest {

    @WorkerClient(name = "test.Ship", version = "1.0")
    @TaskOptions(scheduleToStartSeconds = 300)
    interface ShipClient {
        Promise<String> ship(Promise<Payment> payment);
    }

    @WorkerClient(name = "test.Remind", version = "1.0")
    interface RemindClient {
        void remind(Promise<String> shipment);
    }

    record Payment(double amount) {
    }

    @Decider(name = "test.Pay", version = "1.0")
    interface PayDecider {
        @Execute
        Promise<String> run(String order);
    }

    static final class PayImpl implements PayDecider {
        private final ShipClient ship = Decisions.client(ShipClient.class);
        private final RemindClient remind = Decisions.client(RemindClient.class,
                CallOptions.newBuilder().delay(Duration.ofDays(3)).startAt(Instant.parse("2030-01-01T00:00:00Z")).build());

        @Override
        public Promise<String> run(String order) {
            Promise<Payment> paid = Decisions.event("payment-received", Payment.class, Duration.ofHours(24));
            Promise<String> shipment = ship.ship(paid);
            remind.remind(shipment);
            return shipment;
        }
    }

    @Test
    void an_event_wait_is_recorded_as_an_event_task_whose_promise_other_calls_take() {
        JsonNode tasks = decide(new PayImpl(), null, "['o-1']").get("tasks");
        assertJson(json("{'ref':'t1','type':'event','name':'payment-received','args':[],'timeoutSeconds':86400}"),
                tasks.get(0));
        assertJson(json("{'ref':'t2','actor':'test.Ship#1.0','type':'worker','args':[{'$promise':'t1'}],"
                + "'scheduleToStartSeconds':300}"), tasks.get(1));
    }

    @Test
    void call_options_give_a_task_a_start_delay_and_a_start_time() {
        JsonNode remind = decide(new PayImpl(), null, "['o-1']").get("tasks").get(2);
        assertEquals(259200, remind.get("delaySeconds").asInt());
        assertEquals("2030-01-01T00:00:00Z", remind.get("startAt").asText());
    }

    @Test
    void waiting_for_an_event_outside_a_decider_task_is_refused() {
        assertThrows(IllegalStateException.class, () -> Decisions.event("x", String.class));
    }
}
