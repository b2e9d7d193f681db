package dev.baton.client.actor;

import dev.baton.client.internal.model.ActorModel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ModelValidationTest {

    @Decider(name = "bad.NoExecute", version = "1")
    interface NoExecute {
        @Asynchronous
        Promise<Integer> step();
    }

    @Decider(name = "bad.PlainReturn", version = "1")
    interface PlainReturn {
        @Execute
        int run();
    }

    @Worker(name = "bad.Overloaded", version = "1")
    interface Overloaded {
        int f(int a);

        int f(String a);
    }

    @Worker(name = "bad.AcceptPlain", version = "1")
    interface AcceptPlain {
        int f(@AcceptFail int a);
    }

    @Worker(name = "good.Single", version = "1")
    interface Single {
        int f(int a);
    }

    @WorkerClient(worker = Single.class)
    interface WrongName {
        Promise<Integer> g(int a);
    }

    @WorkerClient(worker = Single.class)
    interface NotAPromise {
        int f(int a);
    }

    @Test
    void a_decider_without_an_execute_method_is_rejected() {
        assertThrows(IllegalArgumentException.class, () -> ActorModel.of(NoExecute.class));
    }

    @Test
    void a_decider_method_returning_a_plain_value_is_rejected() {
        assertThrows(IllegalArgumentException.class, () -> ActorModel.of(PlainReturn.class));
    }

    @Test
    void overloaded_actor_methods_are_rejected_because_tasks_select_methods_by_name() {
        assertThrows(IllegalArgumentException.class, () -> ActorModel.of(Overloaded.class));
    }

    @Test
    void accept_fail_on_a_plain_parameter_is_rejected() {
        assertThrows(IllegalArgumentException.class, () -> ActorModel.of(AcceptPlain.class));
    }

    @Test
    void a_worker_client_method_must_exist_in_the_worker() {
        assertThrows(IllegalArgumentException.class, () -> Decisions.client(WrongName.class));
    }

    @Test
    void a_worker_client_method_must_return_a_promise() {
        assertThrows(IllegalArgumentException.class, () -> Decisions.client(NotAPromise.class));
    }

    @Test
    void the_only_method_of_a_worker_is_its_default_and_is_called_without_a_method_name() {
        ActorModel model = ActorModel.of(Single.class);
        assertEquals("good.Single#1", model.actor());
        assertNull(model.wireMethod(model.resolve(null)));
    }

    @Test
    void an_implementation_is_matched_to_its_annotated_interface() {
        Single impl = a -> a;
        assertEquals(Single.class, ActorModel.ofImplementation(impl.getClass()).type());
    }
}
