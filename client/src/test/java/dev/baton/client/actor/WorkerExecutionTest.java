package dev.baton.client.actor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.client.ErrorInfo;
import dev.baton.client.internal.actor.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.baton.client.actor.Deliveries.assertJson;
import static dev.baton.client.actor.Deliveries.json;
import static dev.baton.client.actor.Deliveries.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkerExecutionTest {

    record Item(String sku, int quantity) {
    }

    record Summary(int lines, Map<String, Integer> bySku) {
    }

    @Worker(name = "test.Catalog", version = "1.0")
    interface Catalog {
        @Execute
        Summary summarize(List<Item> items, Promise<List<Item>> extra);

        List<Item> expand(Item item, int times);

        long count(long base, boolean twice);

        void explode(String how);
    }

    @NonRetryable
    static final class Rejected extends RuntimeException {
        Rejected(String message) {
            super(message);
        }
    }

    static final class CatalogImpl implements Catalog {
        @Override
        public Summary summarize(List<Item> items, Promise<List<Item>> extra) {
            Map<String, Integer> bySku = new java.util.TreeMap<>();
            items.forEach(i -> bySku.merge(i.sku(), i.quantity(), Integer::sum));
            extra.get().forEach(i -> bySku.merge(i.sku(), i.quantity(), Integer::sum));
            return new Summary(items.size() + extra.get().size(), bySku);
        }

        @Override
        public List<Item> expand(Item item, int times) {
            return java.util.Collections.nCopies(times, item);
        }

        @Override
        public long count(long base, boolean twice) {
            return twice ? base * 2 : base;
        }

        @Override
        public void explode(String how) {
            switch (how) {
                case "plain" -> throw new IllegalStateException("plain failure");
                case "rejected" -> throw new Rejected("no");
                case "explicit" -> throw ActorException.nonRetryable("CardDeclined", "declined");
                default -> throw new ActorException("Flaky", "try again");
            }
        }
    }

    private static JsonNode result(String method, String args) {
        Outcome outcome = run(new CatalogImpl(), method, args);
        if (outcome instanceof Outcome.Failed f) {
            throw new AssertionError(f.error().details());
        }
        return assertInstanceOf(Outcome.Completed.class, outcome).result();
    }

    private static ErrorInfo failure(String method, String args) {
        return assertInstanceOf(Outcome.Failed.class, run(new CatalogImpl(), method, args)).error();
    }

    @Test
    void generic_list_arguments_and_promise_parameters_are_mapped_to_their_declared_types() {
        JsonNode summary = result(null, "[[{'sku':'a','quantity':1},{'sku':'b','quantity':2}],[{'sku':'a','quantity':5}]]");
        assertJson(json("{'lines':3,'bySku':{'a':6,'b':2}}"), summary);
    }

    @Test
    void the_method_field_selects_among_several_worker_methods() {
        assertJson(json("[{'sku':'x','quantity':1},{'sku':'x','quantity':1}]"),
                result("expand", "[{'sku':'x','quantity':1}, 2]"));
    }

    @Test
    void missing_trailing_arguments_become_defaults() {
        assertEquals(7, result("count", "[7]").asLong());
    }

    @Test
    void too_many_arguments_fail_without_retry() {
        ErrorInfo error = failure("count", "[1, true, 3]");
        assertEquals("BadArgumentsException", error.type());
        assertFalse(error.retryable());
    }

    @Test
    void arguments_of_the_wrong_shape_fail_without_retry() {
        ErrorInfo error = failure("expand", "['not an item', 1]");
        assertEquals("BadArgumentsException", error.type());
        assertFalse(error.retryable());
    }

    @Test
    void an_unknown_method_fails_without_retry() {
        ErrorInfo error = failure("vanished", "[]");
        assertEquals("UnknownMethodException", error.type());
        assertFalse(error.retryable());
    }

    @Test
    void an_exception_fails_with_its_simple_name_message_and_stack_trace_and_may_be_retried() {
        ErrorInfo error = failure("explode", "['plain']");
        assertEquals("IllegalStateException", error.type());
        assertEquals("plain failure", error.message());
        assertTrue(error.details().contains("CatalogImpl.explode"));
        assertTrue(error.retryable());
    }

    @Test
    void an_exception_class_marked_non_retryable_is_not_retried() {
        assertFalse(failure("explode", "['rejected']").retryable());
    }

    @Test
    void an_actor_exception_chooses_type_and_retry() {
        ErrorInfo declined = failure("explode", "['explicit']");
        assertEquals("CardDeclined", declined.type());
        assertFalse(declined.retryable());
        ErrorInfo flaky = failure("explode", "['other']");
        assertEquals("Flaky", flaky.type());
        assertTrue(flaky.retryable());
    }

    @Test
    void a_void_worker_method_completes_with_null() {
        @Worker(name = "test.Void", version = "1.0")
        interface Sink {
            void accept(String value);
        }
        Outcome outcome = run((Sink) value -> { }, null, "['x']");
        assertTrue(assertInstanceOf(Outcome.Completed.class, outcome).result().isNull());
    }

    @Test
    void the_task_context_tells_the_running_task() {
        @Worker(name = "test.Ctx", version = "1.0")
        interface Ctx {
            String who();
        }
        Outcome outcome = run((Ctx) () -> TaskContext.current().taskId() + "/" + TaskContext.current().attempt(),
                null, "[]");
        assertEquals("task-1/1", assertInstanceOf(Outcome.Completed.class, outcome).result().asText());
    }
}
