package dev.baton.client.actor;

import dev.baton.client.internal.model.ClientModel;
import dev.baton.client.internal.decision.DecisionRecorder;
import dev.baton.client.internal.decision.RecordingHandler;

import java.lang.reflect.Proxy;
import java.time.Duration;

/**
 * Entry point for decider code: creates the clients whose calls become tasks of the current decision.
 * Clients are stateless and may be created once, e.g. in a field of the decider implementation; a call is
 * recorded into the decision of the task the calling thread is executing.
 */
public final class Decisions {

    private Decisions() {
    }

    /**
     * A client for a {@link WorkerClient} interface (calls become worker tasks) or a {@link Decider} interface
     * (calls become decider tasks: the {@link Execute} method a sub-process step, {@link Asynchronous} methods
     * the named step).
     */
    public static <T> T client(Class<T> clientInterface) {
        return client(clientInterface, CallOptions.none());
    }

    /** Like {@link #client(Class)}, with options that override the {@link TaskOptions} annotations. */
    public static <T> T client(Class<T> clientInterface, CallOptions options) {
        ClientModel model = ClientModel.of(clientInterface);
        Object proxy = Proxy.newProxyInstance(clientInterface.getClassLoader(), new Class<?>[]{clientInterface},
                new RecordingHandler(model, options));
        return clientInterface.cast(proxy);
    }

    /**
     * The calling decider's own interface, for scheduling its {@link Asynchronous} methods as later steps that
     * run when their promise arguments are resolved. Same as {@link #client(Class)}; the name says the intent.
     */
    public static <T> T self(Class<T> deciderInterface) {
        if (!deciderInterface.isAnnotationPresent(Decider.class)) {
            throw new IllegalArgumentException(deciderInterface.getName() + " is not annotated @Decider");
        }
        return client(deciderInterface);
    }

    /**
     * Waits for the outside world: the returned promise resolves with the payload of the event {@code name}
     * delivered to this process ({@code BatonClient.sendEvent}, {@code POST /processes/{id}/events/{name}} or
     * JMS), converted to {@code type} where it is received, e.g. as a parameter of an {@link Asynchronous} step.
     * An event delivered before this wait is recorded is not lost: it waits in the process's mailbox.
     */
    public static <T> Promise<T> event(String name, Class<T> type) {
        return recorder("event").recordEvent(name, null);
    }

    /** Like {@link #event(String, Class)}; after {@code timeout} the promise fails with {@code event-timeout}. */
    public static <T> Promise<T> event(String name, Class<T> type, Duration timeout) {
        return recorder("event").recordEvent(name, (int) Math.max(1, (timeout.toMillis() + 999) / 1000));
    }

    private static DecisionRecorder recorder(String what) {
        DecisionRecorder recorder = DecisionRecorder.current();
        if (recorder == null) {
            throw new IllegalStateException("Decisions." + what + " was called outside a decider task");
        }
        return recorder;
    }

    /** True while the current thread executes a decider task, i.e. client calls are being recorded. */
    public static boolean isRecording() {
        return DecisionRecorder.current() != null;
    }
}
