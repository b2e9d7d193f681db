package dev.baton.it.sdk;

import dev.baton.client.BatonClient;
import dev.baton.client.BatonClientOptions;
import dev.baton.client.BatonConflictException;
import dev.baton.client.EventReceipt;
import dev.baton.client.ProcessInfo;
import dev.baton.client.ProcessOptions;
import dev.baton.client.runner.ActorRunner;
import dev.baton.example.orders.ChargePaymentImpl;
import dev.baton.example.orders.CheckInventoryImpl;
import dev.baton.example.orders.Order;
import dev.baton.example.orders.OrderDecider;
import dev.baton.example.orders.OrderDeciderImpl;
import dev.baton.example.orders.OrderResult;
import dev.baton.example.orders.ShipOrderImpl;
import dev.baton.it.BatonDeployment;
import dev.baton.it.support.Api;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
class SdkIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    private static BatonClient client() {
        // The second URL is dead on purpose: the client must fail over to the live one.
        return BatonClient.create(BatonClientOptions.newBuilder()
                .serverUrl("http://127.0.0.1:1/api/v1", Api.BASE)
                .credentials("baton", "baton")
                .build());
    }

    @Test
    void theOrderExampleRunsEndToEndWithAParallelBranchAndAJoin() {
        BatonClient client = client();
        try (ActorRunner runner = ActorRunner.builder().client(client)
                .register(new CheckInventoryImpl(), 2)
                .register(new ChargePaymentImpl(), 2)
                .register(new ShipOrderImpl(), 2)
                .register(new OrderDeciderImpl(), 2)
                .build().start()) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                Order order = new Order(run + "-" + i, "book", i, 1_000L * i);
                ids.add(client.newProcess(OrderDecider.class, ProcessOptions.businessKey(order.id())).start(order));
            }
            for (String id : ids) {
                ProcessInfo done = client.awaitCompletion(id, Duration.ofSeconds(60));
                assertEquals("COMPLETED", done.state().name(), () -> "process " + id + ": " + done);
                OrderResult result = client.resultOf(done, OrderResult.class);
                assertTrue(result.shipped(), result::toString);
                assertNotNull(result.trackingNumber());
            }
            List<?> tasks = client.getProcessTasks(ids.get(0));
            assertEquals(5, tasks.size(), "start decider, inventory, payment, shipping and the summary step: " + tasks);
        }
    }

    @Test
    void aStartWithAKnownBusinessKeyReturnsTheSameProcess() {
        BatonClient client = client();
        Order order = new Order("dup-" + UUID.randomUUID(), "pen", 1, 100);
        String first = client.newProcess(OrderDecider.class, ProcessOptions.businessKey(order.id())).start(order);
        String second = client.newProcess(OrderDecider.class, ProcessOptions.businessKey(order.id())).start(order);
        assertEquals(first, second);
    }

    @Test
    void workerExceptionsAreRetriedAndARefusalReachesTheDeciderAsAFailedPromise() {
        BatonClient client = client();
        try (ActorRunner runner = ActorRunner.builder().client(client)
                .register(new FlakyActors.FlakyImpl(), 2)
                .register(new FlakyActors.RefusesImpl(), 1)
                .register(new FlakyActors.RetryingImpl(), 1)
                .build().start()) {
            String id = client.newProcess(FlakyActors.Retrying.class).start(40);
            ProcessInfo done = client.awaitCompletion(id, Duration.ofSeconds(60));
            assertEquals("COMPLETED", done.state().name(), done::toString);
            assertEquals("42/not-allowed", client.resultOf(done, String.class));
        }
    }

    @Test
    void aDeciderWaitsForAnEventThatTheClientDeliversByBusinessKey() {
        BatonClient client = client();
        try (ActorRunner runner = ActorRunner.builder().client(client)
                .register(new PaymentActors.AwaitPaymentImpl(), 1)
                .register(new PaymentActors.BookImpl(), 1)
                .build().start()) {
            String order = "o-" + UUID.randomUUID().toString().substring(0, 8);
            String id = client.newProcess(PaymentActors.AwaitPayment.class, ProcessOptions.businessKey(order)).start(order);
            EventReceipt receipt = client.sendEvent("it.sdk.AwaitPayment#1.0", order, "payment-received",
                    new PaymentActors.Payment("pay-1", 4250), "pay-1");
            assertEquals(id, receipt.processId());
            assertTrue(List.of("queued", "consumed").contains(receipt.status()), receipt::toString);
            assertEquals("duplicate", client.sendEvent(id, "payment-received",
                    new PaymentActors.Payment("pay-1", 4250), "pay-1").status());
            assertEquals(order + ": booked pay-1 for 4250",
                    client.awaitResult(id, Duration.ofSeconds(60), String.class));
        }
    }

    @Test
    void anOperatorCancelsAndAbandonsThroughTheClient() {
        BatonClient client = client();
        String actor = Api.actor("sdk-ops");
        ProcessInfo started = client.startProcess(actor, List.of(), ProcessOptions.newBuilder()
                .deadline(Duration.ofHours(1)).build());
        assertNotNull(started.deadlineAt());
        assertEquals("SUSPENDED", client.suspendProcess(started.id(), "looking into it").state().name());
        assertEquals("RUNNING", client.resumeProcess(started.id(), null).state().name());
        ProcessInfo cancelled = client.cancelProcess(started.id(), "duplicate order");
        assertEquals("CANCELLED", cancelled.state().name());
        assertEquals("cancelled", cancelled.error().type());
        try {
            client.resumeProcess(started.id(), null);
        } catch (BatonConflictException expected) {
            assertEquals("operation-not-applicable", expected.problemType());
            return;
        }
        throw new AssertionError("a cancelled process cannot be resumed");
    }

    @Test
    void aLateCompletionThroughTheClientIsAConflict() {
        BatonClient client = client();
        String actor = Api.actor("sdk");
        client.startProcess(actor, List.of());
        var task = client.poll(actor, "sdk-it", 1, 10).get(0);
        client.completeDecision(task.id(), task.token(), new dev.baton.client.task.Decision(List.of(), null));
        try {
            client.completeDecision(task.id(), task.token(), new dev.baton.client.task.Decision(List.of(), null));
        } catch (BatonConflictException expected) {
            assertEquals("task-not-active", expected.problemType());
            return;
        }
        throw new AssertionError("a second completion must be refused");
    }
}
