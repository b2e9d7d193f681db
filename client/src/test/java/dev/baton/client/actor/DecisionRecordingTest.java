package dev.baton.client.actor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.client.ErrorInfo;
import dev.baton.client.internal.actor.Outcome;
import dev.baton.example.orders.OrderDeciderImpl;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.baton.client.actor.Deliveries.assertJson;
import static dev.baton.client.actor.Deliveries.decide;
import static dev.baton.client.actor.Deliveries.json;
import static dev.baton.client.actor.Deliveries.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionRecordingTest {

    @Worker(name = "test.Add", version = "1.0")
    interface Add {
        int add(int a, int b);
    }

    @WorkerClient(worker = Add.class)
    @TaskOptions(maxAttempts = 7, timeoutSeconds = 11)
    interface AddClient {
        Promise<Integer> add(Promise<Integer> a, Promise<Integer> b);
    }

    @WorkerClient(name = "test.Sum", version = "2.0")
    interface SumClient {
        Promise<Integer> sum(List<Promise<Integer>> values);
    }

    @Decider(name = "test.Math", version = "1.0")
    interface MathDecider {
        @Execute
        Promise<Integer> run(int n);

        @Asynchronous
        Promise<Integer> report(@AcceptFail Promise<Integer> total, int n);

        @Asynchronous
        void audit(Promise<Integer> total);
    }

    /** Fans out n additions, fans them in to one sum, then reports in a later step of its own. */
    static final class MathImpl implements MathDecider {
        private final AddClient add = Decisions.client(AddClient.class);
        private final SumClient sum = Decisions.client(SumClient.class);
        private final MathDecider self = Decisions.self(MathDecider.class);

        @Override
        public Promise<Integer> run(int n) {
            List<Promise<Integer>> parts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                parts.add(add.add(Promise.asPromise(i), Promise.asPromise(1)));
            }
            Promise<Integer> total = sum.sum(parts);
            self.audit(total);
            return self.report(total, n);
        }

        @Override
        public Promise<Integer> report(Promise<Integer> total, int n) {
            return Promise.asPromise(total.isFailed() ? -1 : total.get() * 10 + n);
        }

        @Override
        public void audit(Promise<Integer> total) {
        }
    }

    @Test
    void calls_are_recorded_in_order_with_generated_refs_and_plain_values_for_ready_promises() {
        JsonNode decision = decide(new MathImpl(), null, "[2]");
        JsonNode tasks = decision.get("tasks");
        assertEquals(5, tasks.size());
        assertJson(json("{'ref':'t1','actor':'test.Add#1.0','type':'worker','args':[0,1],"
                + "'retry':{'maxAttempts':7,'initialIntervalSeconds':1.0,'backoffCoefficient':2.0,"
                + "'maxIntervalSeconds':60.0},'timeoutSeconds':11}"), tasks.get(0));
        assertEquals("t2", tasks.get(1).get("ref").asText());
    }

    @Test
    void a_list_of_pending_promises_becomes_a_promises_reference_for_fan_in() {
        JsonNode sum = decide(new MathImpl(), null, "[2]").get("tasks").get(2);
        assertJson(json("{'ref':'t3','actor':'test.Sum#2.0','type':'worker','args':[{'$promises':['t1','t2']}]}"),
                sum);
    }

    @Test
    void self_calls_become_decider_tasks_of_the_same_actor_with_the_method_name() {
        JsonNode tasks = decide(new MathImpl(), null, "[2]").get("tasks");
        assertJson(json("{'ref':'t4','actor':'test.Math#1.0','type':'decider','method':'audit',"
                + "'args':[{'$promise':'t3'}]}"), tasks.get(3));
        assertEquals("report", tasks.get(4).get("method").asText());
    }

    @Test
    void a_call_to_a_method_with_an_accept_fail_parameter_is_recorded_with_accept_fail() {
        JsonNode tasks = decide(new MathImpl(), null, "[2]").get("tasks");
        assertTrue(tasks.get(4).get("acceptFail").asBoolean());
        assertFalse(tasks.get(3).has("acceptFail"));
    }

    @Test
    void the_returned_promise_becomes_the_decision_result() {
        assertJson(json("{'$promise':'t5'}"), decide(new MathImpl(), null, "[2]").get("result"));
    }

    @Test
    void an_asynchronous_step_receives_its_promises_ready_and_returns_a_plain_value() {
        JsonNode decision = decide(new MathImpl(), "report", "[3, 2]");
        assertEquals(0, decision.get("tasks").size());
        assertEquals(32, decision.get("result").asInt());
    }

    @Test
    void an_accept_fail_parameter_receives_the_failure_instead_of_failing_the_task() {
        JsonNode decision = decide(new MathImpl(), "report",
                "[{'$error':{'type':'Boom','message':'no sum'}}, 2]");
        assertEquals(-1, decision.get("result").asInt());
    }

    @Test
    void a_failed_promise_for_a_parameter_without_accept_fail_fails_the_task_for_good() {
        Outcome outcome = run(new MathImpl(), "audit", "[{'$error':{'type':'Boom','message':'no sum'}}]");
        ErrorInfo error = assertInstanceOf(Outcome.Failed.class, outcome).error();
        assertEquals("BadArgumentsException", error.type());
        assertFalse(error.retryable());
    }

    @Test
    void a_void_step_decides_a_null_result() {
        assertTrue(decide(new MathImpl(), "audit", "[5]").get("result").isNull());
    }

    @Test
    void the_order_example_runs_payment_and_inventory_in_parallel_and_joins_them_in_shipping() {
        JsonNode decision = decide(new OrderDeciderImpl(), null, "[{'id':'o-1','item':'book','quantity':1,'amountCents':500}]");
        JsonNode tasks = decision.get("tasks");
        JsonNode order = json("{'id':'o-1','item':'book','quantity':1,'amountCents':500}");
        assertJson(json("[" + order + "]"), tasks.get(0).get("args"));
        assertEquals("example.ChargePayment#1.0", tasks.get(1).get("actor").asText());
        assertEquals(5, tasks.get(1).get("retry").get("maxAttempts").asInt());
        assertEquals(30, tasks.get(1).get("timeoutSeconds").asInt());
        assertJson(json("[" + order + ",{'$promise':'t1'},{'$promise':'t2'}]"), tasks.get(2).get("args"));
        assertJson(json("{'ref':'t4','actor':'example.Order#1.0','type':'decider','method':'summarize',"
                + "'args':[" + order + ",{'$promise':'t3'}],'acceptFail':true}"), tasks.get(3));
        assertJson(json("{'$promise':'t4'}"), decision.get("result"));
    }

    @Decider(name = "test.Mixed", version = "1.0")
    interface MixedDecider {
        @Execute
        Promise<Integer> run(int seed);
    }

    @Test
    void a_list_mixing_ready_values_and_pending_promises_is_sent_element_by_element() {
        MixedDecider decider = seed -> {
            SumClient sum = Decisions.client(SumClient.class);
            AddClient add = Decisions.client(AddClient.class);
            return sum.sum(List.of(Promise.asPromise(seed), add.add(Promise.asPromise(1), Promise.asPromise(2))));
        };
        JsonNode sumTask = decide(decider, null, "[9]").get("tasks").get(1);
        assertJson(json("[[9,{'$promise':'t1'}]]"), sumTask.get("args"));
    }

    @Test
    void programmatic_options_override_annotations_field_by_field() {
        MixedDecider decider = seed -> Decisions.client(AddClient.class, CallOptions.newBuilder()
                .maxAttempts(2).initialInterval(Duration.ofMillis(500)).build())
                .add(Promise.asPromise(seed), Promise.asPromise(seed));
        JsonNode task = decide(decider, null, "[1]").get("tasks").get(0);
        assertJson(json("{'maxAttempts':2,'initialIntervalSeconds':0.5,'backoffCoefficient':2.0,"
                + "'maxIntervalSeconds':60.0}"), task.get("retry"));
        assertEquals(11, task.get("timeoutSeconds").asInt());
    }

    @Test
    void calling_another_decider_records_its_entry_point_as_a_decider_task_without_method() {
        MixedDecider decider = seed -> Decisions.client(MathDecider.class).run(seed);
        JsonNode task = decide(decider, null, "[4]").get("tasks").get(0);
        assertJson(json("{'ref':'t1','actor':'test.Math#1.0','type':'decider','args':[4]}"), task);
    }

    @Test
    void reading_a_pending_promise_fails_the_decider_task_without_retry() {
        MixedDecider decider = seed -> Promise.asPromise(Decisions.client(AddClient.class)
                .add(Promise.asPromise(1), Promise.asPromise(2)).get() + 1);
        ErrorInfo error = assertInstanceOf(Outcome.Failed.class, run(decider, null, "[1]")).error();
        assertEquals("PromiseNotReadyException", error.type());
        assertFalse(error.retryable());
    }

    @Test
    void a_promise_kept_from_an_earlier_decision_is_rejected() {
        List<Promise<Integer>> kept = new ArrayList<>();
        MixedDecider decider = seed -> {
            Promise<Integer> p = Decisions.client(AddClient.class).add(Promise.asPromise(1), Promise.asPromise(2));
            kept.add(p);
            return kept.get(0);
        };
        decide(decider, null, "[1]");
        assertInstanceOf(Outcome.Failed.class, run(decider, null, "[1]"));
    }

    @Test
    void clients_refuse_to_record_outside_a_decider_task() {
        AddClient client = Decisions.client(AddClient.class);
        assertThrows(IllegalStateException.class, () -> client.add(Promise.asPromise(1), Promise.asPromise(2)));
        assertFalse(Decisions.isRecording());
    }

    @Test
    void a_ready_promise_reports_its_value_and_a_failed_one_its_error() {
        assertEquals(5, Promise.asPromise(5).get());
        Promise<Integer> failed = Promise.failed(ErrorInfo.of("X", "y"));
        assertTrue(failed.isReady() && failed.isFailed());
        assertEquals("X", assertThrows(PromiseFailedException.class, failed::get).error().type());
    }
}
