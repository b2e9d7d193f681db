package dev.baton.client;

import dev.baton.client.internal.model.ActorModel;
import dev.baton.client.task.TaskType;

/**
 * Starts processes of one {@code @Decider} interface; obtained from {@link BatonClient#newProcess}. The
 * arguments are those of the decider's {@code @Execute} method (a {@code Promise<T>} parameter takes a plain
 * {@code T}).
 */
public final class ProcessStarter {

    private final BatonClient client;
    private final ActorModel model;
    private final ProcessOptions options;

    ProcessStarter(BatonClient client, Class<?> deciderInterface, ProcessOptions options) {
        this.client = client;
        this.model = ActorModel.of(deciderInterface);
        if (model.kind() != TaskType.DECIDER) {
            throw new IllegalArgumentException(deciderInterface.getName() + " is not a @Decider");
        }
        this.options = options == null ? ProcessOptions.defaults() : options;
    }

    /** Starts the process (or finds it by business key) and returns its id. */
    public String start(Object... args) {
        return startDetailed(args).id();
    }

    /** Like {@link #start}, returning the whole process as the server reported it. */
    public ProcessInfo startDetailed(Object... args) {
        int expected = model.defaultMethod().getParameterCount();
        int given = args == null ? 0 : args.length;
        if (given != expected) {
            throw new IllegalArgumentException(model.actor() + " @Execute takes " + expected + " arguments, got "
                    + given);
        }
        return client.startProcess(model.actor(), BatonClient.argList(args), options);
    }

    /** {@code name#version} of the decider. */
    public String actor() {
        return model.actor();
    }
}
