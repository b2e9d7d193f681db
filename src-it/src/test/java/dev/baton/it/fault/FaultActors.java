package dev.baton.it.fault;

import dev.baton.client.actor.Decider;
import dev.baton.client.actor.Decisions;
import dev.baton.client.actor.Execute;
import dev.baton.client.actor.Promise;
import dev.baton.client.actor.TaskContext;
import dev.baton.client.actor.Worker;
import dev.baton.client.actor.WorkerClient;

/** The fault workload's actors: a decider that chains two increments, and the increment worker. */
final class FaultActors {

    private FaultActors() {
    }

    @Decider(name = "fault.Chain", version = "1.0")
    public interface Chain {
        @Execute
        Promise<Long> run(long n);
    }

    @Worker(name = "fault.Increment", version = "1.0")
    public interface Increment {
        long inc(long n);
    }

    @WorkerClient(worker = Increment.class)
    public interface IncrementClient {
        Promise<Long> inc(Promise<Long> n);
    }

    /** n -> n + 1 -> n + 2: the result shows whether each step took effect exactly once. */
    static final class ChainImpl implements Chain {
        private final IncrementClient increment = Decisions.client(IncrementClient.class);
        private final ExecutionLog log;
        private final String runner;

        ChainImpl(ExecutionLog log, String runner) {
            this.log = log;
            this.runner = runner;
        }

        @Override
        public Promise<Long> run(long n) {
            log.executed(TaskContext.current(), runner);
            return increment.inc(increment.inc(Promise.asPromise(n)));
        }
    }

    static final class IncrementImpl implements Increment {
        private final ExecutionLog log;
        private final String runner;

        IncrementImpl(ExecutionLog log, String runner) {
            this.log = log;
            this.runner = runner;
        }

        @Override
        public long inc(long n) {
            log.executed(TaskContext.current(), runner);
            return n + 1;
        }
    }
}
