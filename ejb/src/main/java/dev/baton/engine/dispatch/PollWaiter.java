package dev.baton.engine.dispatch;

import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Predicate;

/**
 * A long poll that found nothing and now waits for work, without holding a thread. It is answered
 * exactly once: with tasks, or empty when its wait runs out. All access happens under the lock of its
 * actor's waiting line in {@link Dispatcher}.
 */
final class PollWaiter {

    final String actor;
    final String workerId;
    final int max;
    private final Predicate<List<TaskDelivery>> answer;
    private boolean answered;
    ScheduledFuture<?> timeout;

    PollWaiter(String actor, String workerId, int max, Predicate<List<TaskDelivery>> answer) {
        this.actor = actor;
        this.workerId = workerId;
        this.max = max;
        this.answer = answer;
    }

    boolean isAnswered() {
        return answered;
    }

    /** Answers the poll; false if the client could not take the answer (e.g. it went away). */
    boolean answer(List<TaskDelivery> deliveries) {
        answered = true;
        if (timeout != null) {
            timeout.cancel(false);
        }
        return answer.test(deliveries);
    }
}
