package dev.baton.client.runner;

import dev.baton.client.BatonClient;
import dev.baton.client.BatonClientOptions;
import dev.baton.client.internal.actor.TaskInvoker;
import dev.baton.client.internal.decision.PayloadCodec;
import dev.baton.client.internal.model.ActorModel;
import dev.baton.client.internal.runner.ActorLoop;
import dev.baton.client.internal.runner.Heartbeats;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Runs actor implementations against a Baton server.
 *
 * <pre>{@code
 * ActorRunner runner = ActorRunner.builder()
 *         .client(options)
 *         .register(new ChargeCardWorkerImpl(), 4)
 *         .register(new OrderDeciderImpl(), 2)
 *         .build()
 *         .start();
 * ...
 * runner.close(); // stop polling, let running tasks finish (up to shutdownTimeout)
 * }</pre>
 *
 * Lifecycle: {@link #start()} once; {@link #shutdown()} stops polling and lets in-flight tasks finish and report;
 * {@link #awaitTermination(Duration)} waits for that; {@link #shutdownNow()} abandons what still runs (the server
 * redelivers those tasks when their leases expire).
 */
public final class ActorRunner implements AutoCloseable {

    private enum State { NEW, RUNNING, STOPPING }

    private final BatonClient client;
    private final List<ActorLoop> loops;
    private final Heartbeats heartbeats;
    private final Duration shutdownTimeout;
    private final String workerId;
    private State state = State.NEW;

    private ActorRunner(Builder b) {
        this.client = b.client != null ? b.client : BatonClient.create(Objects.requireNonNull(b.options,
                "client options are required"));
        this.workerId = b.workerId != null ? b.workerId : defaultWorkerId();
        this.shutdownTimeout = b.shutdownTimeout;
        this.heartbeats = new Heartbeats(client, "baton-heartbeats");
        PayloadCodec codec = new PayloadCodec(client.options().objectMapper());
        this.loops = new ArrayList<>();
        for (Registration r : b.registrations) {
            TaskInvoker invoker = new TaskInvoker(r.model, r.implementation, codec);
            loops.add(new ActorLoop(client, invoker, heartbeats, workerId, r.threads, b.pollWaitSeconds));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts polling for all registered actors. */
    public synchronized ActorRunner start() {
        if (state != State.NEW) {
            throw new IllegalStateException("runner already " + state);
        }
        state = State.RUNNING;
        loops.forEach(ActorLoop::start);
        return this;
    }

    /** Stops polling; tasks already received keep running and are reported. Does not wait. */
    public synchronized void shutdown() {
        if (state == State.STOPPING) {
            return;
        }
        state = State.STOPPING;
        loops.forEach(ActorLoop::stopPolling);
    }

    /** Waits until every in-flight task has been reported, or {@code timeout} passed; true when all finished. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean done = true;
        for (ActorLoop loop : loops) {
            done &= loop.awaitTermination(Math.max(0, deadline - System.nanoTime()));
        }
        if (done) {
            heartbeats.shutdown();
        }
        return done;
    }

    /** Stops at once: interrupts running tasks, their outcomes are not reported. */
    public synchronized void shutdownNow() {
        state = State.STOPPING;
        loops.forEach(ActorLoop::shutdownNow);
        heartbeats.shutdown();
    }

    /** {@link #shutdown()}, wait up to the builder's shutdown timeout, then {@link #shutdownNow()}. */
    @Override
    public void close() {
        shutdown();
        try {
            if (!awaitTermination(shutdownTimeout)) {
                shutdownNow();
            }
        } catch (InterruptedException e) {
            shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    public BatonClient client() {
        return client;
    }

    /** Identifies this runner's polls on the server (admin views, lease owner). */
    public String workerId() {
        return workerId;
    }

    /** Tasks received and not yet reported, over all actors. */
    public int inFlight() {
        return loops.stream().mapToInt(ActorLoop::inFlight).sum();
    }

    private static String defaultWorkerId() {
        String name = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
        return name + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    private record Registration(ActorModel model, Object implementation, int threads) {
    }

    public static final class Builder {
        private BatonClientOptions options;
        private BatonClient client;
        private String workerId;
        private int pollWaitSeconds = 20;
        private Duration shutdownTimeout = Duration.ofSeconds(30);
        private final List<Registration> registrations = new ArrayList<>();
        private final Set<String> actors = new HashSet<>();

        private Builder() {
        }

        /** Connect with these options (a client is created). */
        public Builder client(BatonClientOptions value) {
            this.options = Objects.requireNonNull(value);
            return this;
        }

        /** Share an existing client. */
        public Builder client(BatonClient value) {
            this.client = Objects.requireNonNull(value);
            return this;
        }

        /** Default: {@code pid@host/random}. */
        public Builder workerId(String value) {
            this.workerId = Objects.requireNonNull(value);
            return this;
        }

        /** Long-poll wait per request, 0..60 seconds; default 20. */
        public Builder pollWaitSeconds(int value) {
            if (value < 0 || value > 60) {
                throw new IllegalArgumentException("pollWaitSeconds must be within 0..60");
            }
            this.pollWaitSeconds = value;
            return this;
        }

        /** How long {@link ActorRunner#close()} lets in-flight tasks finish; default 30 s. */
        public Builder shutdownTimeout(Duration value) {
            this.shutdownTimeout = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Registers an implementation of exactly one {@code @Worker} or {@code @Decider} interface, run by
         * {@code threads} threads (also the most tasks it leases at once).
         */
        public Builder register(Object implementation, int threads) {
            return add(ActorModel.ofImplementation(implementation.getClass()), implementation, threads);
        }

        /** Registers {@code implementation} for the given actor interface (when it implements several). */
        public <T> Builder register(Class<T> actorInterface, T implementation, int threads) {
            return add(ActorModel.of(actorInterface), implementation, threads);
        }

        private Builder add(ActorModel model, Object implementation, int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1");
            }
            if (!model.type().isInstance(implementation)) {
                throw new IllegalArgumentException(implementation.getClass().getName() + " does not implement "
                        + model.type().getName());
            }
            if (!actors.add(model.actor())) {
                throw new IllegalArgumentException(model.actor() + " is registered twice");
            }
            registrations.add(new Registration(model, implementation, threads));
            return this;
        }

        public ActorRunner build() {
            if (registrations.isEmpty()) {
                throw new IllegalStateException("register at least one actor");
            }
            return new ActorRunner(this);
        }
    }
}
