package dev.baton.engine.dispatch;

import com.hazelcast.collection.IQueue;
import com.hazelcast.collection.ItemEvent;
import com.hazelcast.collection.ItemListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The ready queues: per actor a Hazelcast queue of task ids in the order they became ready, and one map
 * of payloads by task id. Removing the payload is what claims a queued task, so a task id that was
 * queued twice (after a rebuild) is still handed out once.
 */
@ApplicationScoped
public class ReadyQueues {

    public static final String QUEUE_PREFIX = "baton.ready.";
    public static final String PAYLOADS = "baton.payloads";

    @Inject
    HazelcastInstance hazelcast;

    private final Set<String> listenedActors = ConcurrentHashMap.newKeySet();

    /** Queues the task unless its payload is already queued. */
    public void enqueue(TaskPayload payload) {
        if (payloads().putIfAbsent(payload.id(), payload.toJsonText()) == null) {
            queue(payload.actor()).offer(payload.id());
        }
    }

    /** Takes the oldest queued task of the actor, or nothing. */
    public Optional<TaskPayload> take(String actor) {
        IQueue<String> queue = queue(actor);
        String id;
        while ((id = queue.poll()) != null) {
            String payload = payloads().remove(id);
            if (payload != null) {
                return Optional.of(TaskPayload.fromJsonText(payload));
            }
        }
        return Optional.empty();
    }

    /** Drops queued payloads of tasks that must not be dispatched any more; their queue ids become no-ops. */
    public void forget(Collection<String> taskIds) {
        taskIds.forEach(payloads()::delete);
    }

    /** Which of the tasks have a payload waiting (they may still lack a queue entry; see {@link #queuedIds}). */
    public Set<String> withPayload(Set<String> taskIds) {
        return payloads().getAll(taskIds).keySet();
    }

    /** A snapshot of the task ids in the actor's queue, for the reconciler. */
    public Set<String> queuedIds(String actor) {
        return new HashSet<>(queue(actor));
    }

    /**
     * Queues the task even if its payload is already there: a node that died between writing the payload
     * and offering the id (they live in different partitions) leaves a payload that no queue entry points
     * to. An extra queue entry is harmless; the payload is claimed once.
     */
    public void requeue(TaskPayload payload) {
        payloads().set(payload.id(), payload.toJsonText());
        queue(payload.actor()).offer(payload.id());
    }

    public int depth(String actor) {
        return queue(actor).size();
    }

    /** When the oldest queued task of the actor became ready, if any is queued. */
    public Optional<Instant> oldestReadyAt(String actor) {
        for (String id : queue(actor)) {
            String payload = payloads().get(id);
            if (payload != null) {
                return Optional.of(TaskPayload.fromJsonText(payload).readyAt());
            }
        }
        return Optional.empty();
    }

    /** Calls back whenever something is offered to the actor's queue on any member. */
    public void listen(String actor, Consumer<String> onOffer) {
        if (listenedActors.add(actor)) {
            queue(actor).addItemListener(new ItemListener<>() {
                @Override
                public void itemAdded(ItemEvent<String> event) {
                    onOffer.accept(actor);
                }

                @Override
                public void itemRemoved(ItemEvent<String> event) {
                }
            }, false);
        }
    }

    private IQueue<String> queue(String actor) {
        return hazelcast.getQueue(QUEUE_PREFIX + actor);
    }

    private IMap<String, String> payloads() {
        return hazelcast.getMap(PAYLOADS);
    }
}
