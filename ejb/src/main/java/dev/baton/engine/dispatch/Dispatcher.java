package dev.baton.engine.dispatch;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands ready tasks to actors. A poll takes from the actor's queue and leases what it takes; a long poll
 * that finds nothing parks a {@link PollWaiter} and is woken by Hazelcast when something is queued for
 * that actor on any node. Applies the {@link Effects} of committed changes.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

    @Inject
    ReadyQueues queues;

    @Inject
    Leases leases;

    @Inject
    ActorActivity activity;

    @Inject
    Clock clock;

    @Inject
    NodeIdentity node;

    @Inject
    DispatchGate gate;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<String, Deque<PollWaiter>> waiting = new ConcurrentHashMap<>();

    /**
     * Takes up to {@code max} tasks of the actor and leases them to the worker; never waits. A blocked
     * actor gets nothing, and its tasks stay queued.
     */
    public List<TaskDelivery> poll(String actor, String workerId, int max) {
        Instant now = clock.instant();
        activity.polled(actor, workerId, now);
        List<TaskDelivery> deliveries = new ArrayList<>();
        if (gate.isBlocked(actor)) {
            return deliveries;
        }
        while (deliveries.size() < max) {
            Optional<TaskPayload> taken = queues.take(actor);
            if (taken.isEmpty()) {
                break;
            }
            TaskPayload task = taken.get();
            Token token = Token.issue(task.attempt());
            Instant expiresAt = now.plusSeconds(task.timeoutSeconds());
            Lease lease = new Lease(task.id(), task.processId(), actor, task.attempt(), token.nonce(), workerId,
                    node.name(), now, expiresAt, task.timeoutSeconds());
            if (leases.tryAcquire(lease) || supersedesStaleLease(lease)) {
                deliveries.add(new TaskDelivery(task.id(), task.processId(), actor, task.type(), task.method(),
                        task.args(), task.attempt(), token.toString(), expiresAt, task.timeoutSeconds()));
            }
        }
        return deliveries;
    }

    /**
     * A lease of an earlier attempt can outlive it: a member that was paused or cut off brings its old
     * entries back when the clusters merge. The newer attempt replaces it rather than waiting for it to run
     * out; results of the old attempt are refused by the database anyway.
     */
    private boolean supersedesStaleLease(Lease lease) {
        Optional<Lease> held = leases.find(lease.taskId());
        return held.isPresent() && held.get().attempt() < lease.attempt() && leases.replace(held.get(), lease);
    }

    /**
     * Polls, and if nothing is there waits up to {@code wait} for work without holding the caller's
     * thread. {@code answer} is called exactly once and returns whether the client took the tasks;
     * tasks a client could not take are released at once rather than after their lease.
     */
    public void awaitTasks(String actor, String workerId, int max, Duration wait, Predicate<List<TaskDelivery>> answer) {
        List<TaskDelivery> now = poll(actor, workerId, max);
        if (!now.isEmpty() || wait.isZero() || wait.isNegative()) {
            if (!answer.test(now)) {
                release(now);
            }
            return;
        }
        PollWaiter waiter = new PollWaiter(actor, workerId, max, answer);
        Deque<PollWaiter> line = waiting.computeIfAbsent(actor, a -> new ArrayDeque<>());
        synchronized (line) {
            line.addLast(waiter);
            waiter.timeout = scheduler.schedule(() -> expire(waiter), wait.toMillis(), TimeUnit.MILLISECONDS);
        }
        queues.listen(actor, this::signal);
        // Work queued between the first poll and parking the waiter raised no signal for it.
        signal(actor);
    }

    /** Something was queued for the actor somewhere in the cluster: serve its waiters on a pool thread. */
    public void signal(String actor) {
        Deque<PollWaiter> line = waiting.get(actor);
        if (line == null) {
            return;
        }
        synchronized (line) {
            if (line.isEmpty()) {
                return;
            }
        }
        executor.execute(() -> serve(actor));
    }

    /** Safety net for lost signals: serves every actor that has waiters. */
    public void signalAll() {
        waiting.keySet().forEach(this::signal);
    }

    private void serve(String actor) {
        Deque<PollWaiter> line = waiting.get(actor);
        try {
            synchronized (line) {
                PollWaiter waiter;
                while ((waiter = line.peekFirst()) != null) {
                    if (waiter.isAnswered()) {
                        line.pollFirst();
                        continue;
                    }
                    List<TaskDelivery> tasks = poll(actor, waiter.workerId, waiter.max);
                    if (tasks.isEmpty()) {
                        return;
                    }
                    line.pollFirst();
                    if (!waiter.answer(tasks)) {
                        release(tasks);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Serving long polls of " + actor + " failed; the next signal retries", e);
        }
    }

    private void expire(PollWaiter waiter) {
        Deque<PollWaiter> line = waiting.get(waiter.actor);
        synchronized (line) {
            if (waiter.isAnswered()) {
                return;
            }
            line.remove(waiter);
            List<TaskDelivery> last = List.of();
            try {
                last = poll(waiter.actor, waiter.workerId, waiter.max);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Last poll of an expiring long poll failed", e);
            }
            if (!waiter.answer(last)) {
                release(last);
            }
        }
    }

    /** Gives tasks back that were leased but never reached a worker. */
    public void release(List<TaskDelivery> deliveries) {
        for (TaskDelivery delivery : deliveries) {
            leases.release(delivery.id());
            queues.enqueue(new TaskPayload(delivery.id(), delivery.processId(), delivery.actor(), delivery.type(),
                    delivery.method(), delivery.args(), delivery.attempt(), delivery.timeoutSeconds(), clock.instant()));
        }
    }

    /** Applies what a committed transaction asks of the in-memory side. */
    public void apply(Effects effects) {
        effects.leasesToRelease().forEach(leases::release);
        if (!effects.toForget().isEmpty()) {
            queues.forget(effects.toForget());
        }
        if (!effects.toUnqueue().isEmpty()) {
            queues.forget(effects.toUnqueue());
        }
        for (TaskPayload payload : effects.toEnqueue()) {
            if (effects.toForget().contains(payload.id()) || effects.toUnqueue().contains(payload.id())) {
                continue;
            }
            activity.known(payload.actor());
            queues.enqueue(payload);
        }
        for (TaskPayload payload : effects.toRequeue()) {
            if (leases.find(payload.id()).isEmpty()) {
                activity.known(payload.actor());
                queues.enqueue(payload);
            }
        }
        effects.actorsToWake().forEach(this::signal);
    }
}
