package dev.baton.engine.task;

import dev.baton.domain.common.ActorName;
import dev.baton.domain.decision.DecisionTask;
import dev.baton.domain.task.RetryPolicy;
import dev.baton.domain.task.TaskSpec;
import dev.baton.domain.task.TaskType;
import dev.baton.engine.actor.ActorDefaults;
import dev.baton.engine.actor.ActorDirectory;
import dev.baton.engine.config.EngineSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Fills what a decision (or a start) leaves out of a new task: a task's own values win, then the actor's
 * defaults set by operators, then the engine's configured defaults. Reads only memory (the actor directory),
 * so it costs the completion path nothing.
 */
@ApplicationScoped
public class TaskDefaults {

    /** An event is waited for, never retried: its wait either ends with the event or times out. */
    private static final RetryPolicy NO_RETRY = new RetryPolicy(1, 0, 1.0, 0);

    @Inject
    EngineSettings settings;

    @Inject
    ActorDirectory actors;

    /** A spec for the task a decision asks for, without ids, process or arguments yet. */
    public TaskSpec.Builder specFor(DecisionTask source) {
        TaskSpec.Builder spec = TaskSpec.builder().type(source.type()).acceptFail(source.acceptFail())
                .delaySeconds(source.delaySeconds()).notBefore(source.startAt());
        if (source.type() == TaskType.EVENT) {
            return spec.eventName(source.eventName()).retry(NO_RETRY)
                    .timeoutSeconds(source.timeoutSeconds() == null ? 0 : source.timeoutSeconds());
        }
        String actor = ActorName.canonical(source.actor());
        ActorDefaults actorDefaults = actors.defaultsFor(actor);
        RetryPolicy base = retryOf(actorDefaults);
        return spec.actor(actor).method(source.method())
                .retry(source.retry() != null ? source.retry().over(base) : base)
                .timeoutSeconds(firstOf(source.timeoutSeconds(), actorDefaults.timeoutSeconds(), settings.leaseTimeoutSeconds()))
                .scheduleToStartSeconds(source.scheduleToStartSeconds() != null ? source.scheduleToStartSeconds()
                        : actorDefaults.scheduleToStartSeconds());
    }

    /** The spec of a process's start task: a decider task of the start actor, with that actor's defaults. */
    public TaskSpec.Builder startSpecFor(String actor) {
        ActorDefaults actorDefaults = actors.defaultsFor(actor);
        return TaskSpec.builder().type(TaskType.DECIDER).actor(actor).retry(retryOf(actorDefaults))
                .timeoutSeconds(firstOf(null, actorDefaults.timeoutSeconds(), settings.leaseTimeoutSeconds()))
                .scheduleToStartSeconds(actorDefaults.scheduleToStartSeconds());
    }

    private RetryPolicy retryOf(ActorDefaults actorDefaults) {
        RetryPolicy engine = settings.defaultRetryPolicy();
        return actorDefaults.retry() == null ? engine : actorDefaults.retry().over(engine);
    }

    private static int firstOf(Integer own, Integer actorDefault, int engineDefault) {
        return own != null ? own : actorDefault != null ? actorDefault : engineDefault;
    }
}
