/**
 * The programming model for actors. A {@link dev.baton.client.actor.Worker @Worker} interface is a piece of
 * work; a {@link dev.baton.client.actor.Decider @Decider} interface is a process step that plans work. Inside a
 * decider, calls on clients obtained from {@link dev.baton.client.actor.Decisions} do not run anything: they are
 * recorded as tasks of the decision and answer with a {@link dev.baton.client.actor.Promise} that can be passed
 * on to further calls. The server runs each task when the promises it takes are resolved, so a decider never
 * blocks and never replays: every decider task starts from its (already resolved) arguments only.
 */
package dev.baton.client.actor;
