/**
 * Talking to a Baton server: {@link dev.baton.client.BatonClient} starts and inspects processes and speaks the
 * task protocol (poll, complete, fail, heartbeat) for actors; {@link dev.baton.client.BatonClientOptions}
 * configures it. Everything here maps one-to-one onto the REST wire protocol, so this package is also the
 * place to look when debugging what goes over the network.
 *
 * <p>Most applications only need {@code BatonClient} to start processes and
 * {@link dev.baton.client.runner.ActorRunner} to host their actors; the annotation programming model lives in
 * {@link dev.baton.client.actor}.
 */
package dev.baton.client;
