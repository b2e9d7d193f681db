package dev.baton.engine.dispatch;

/**
 * Whether an actor may be handed work right now. The dispatcher asks before every poll; the answer must
 * come from memory, because a poll never touches the database.
 */
public interface DispatchGate {

    /** True when operators blocked the actor: its polls get nothing and its tasks stay queued. */
    boolean isBlocked(String actor);
}
