package dev.baton.engine.actor;

import dev.baton.domain.decision.RetrySpec;

/**
 * What operators set as defaults for one actor's new tasks; any part may be null, and then the engine's
 * configured default applies.
 */
public record ActorDefaults(RetrySpec retry, Integer timeoutSeconds, Integer scheduleToStartSeconds) {

    public static final ActorDefaults NONE = new ActorDefaults(null, null, null);
}
