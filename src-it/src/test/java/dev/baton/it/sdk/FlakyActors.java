package dev.baton.it.sdk;

import dev.baton.client.actor.AcceptFail;
import dev.baton.client.actor.ActorException;
import dev.baton.client.actor.Asynchronous;
import dev.baton.client.actor.Decider;
import dev.baton.client.actor.Decisions;
import dev.baton.client.actor.Execute;
import dev.baton.client.actor.Promise;
import dev.baton.client.actor.TaskOptions;
import dev.baton.client.actor.Worker;
import dev.baton.client.actor.WorkerClient;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Test actors: a worker that fails before it succeeds, one that always refuses, and a decider using both. */
final class FlakyActors {

    private FlakyActors() {
    }

    @Worker(name = "it.sdk.Flaky", version = "1.0")
    interface Flaky {
        int bump(int value);
    }

    @WorkerClient(worker = Flaky.class)
    interface FlakyClient {
        @TaskOptions(maxAttempts = 3, initialIntervalSeconds = 0.1, backoffCoefficient = 1.0)
        Promise<Integer> bump(Promise<Integer> value);
    }

    @Worker(name = "it.sdk.Refuses", version = "1.0")
    interface Refuses {
        int check(int value);
    }

    @WorkerClient(worker = Refuses.class)
    interface RefusesClient {
        Promise<Integer> check(int value);
    }

    @Decider(name = "it.sdk.Retrying", version = "1.0")
    interface Retrying {
        @Execute
        Promise<String> run(int value);

        @Asynchronous
        Promise<String> report(Promise<Integer> bumped, @AcceptFail Promise<Integer> checked);
    }

    /** Fails the first attempt of every value, so each task needs a retry. */
    static final class FlakyImpl implements Flaky {
        final Map<Integer, AtomicInteger> attempts = new ConcurrentHashMap<>();

        @Override
        public int bump(int value) {
            if (attempts.computeIfAbsent(value, v -> new AtomicInteger()).incrementAndGet() == 1) {
                throw new IllegalStateException("first attempt always fails");
            }
            return value + 1;
        }
    }

    static final class RefusesImpl implements Refuses {
        @Override
        public int check(int value) {
            throw ActorException.nonRetryable("not-allowed", "value " + value + " is refused");
        }
    }

    static final class RetryingImpl implements Retrying {
        private final FlakyClient flaky = Decisions.client(FlakyClient.class);
        private final RefusesClient refuses = Decisions.client(RefusesClient.class);
        private final Retrying self = Decisions.self(Retrying.class);

        @Override
        public Promise<String> run(int value) {
            Promise<Integer> once = flaky.bump(Promise.asPromise(value));
            Promise<Integer> twice = flaky.bump(once);
            return self.report(twice, refuses.check(value));
        }

        @Override
        public Promise<String> report(Promise<Integer> bumped, Promise<Integer> checked) {
            return Promise.asPromise(bumped.get() + "/" + (checked.isFailed() ? checked.error().type() : "ok"));
        }
    }
}
