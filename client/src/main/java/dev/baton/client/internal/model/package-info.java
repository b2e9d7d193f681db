/**
 * Reflection models of annotated interfaces, built once per class and validated eagerly so that a mistake in an
 * interface fails at registration or client creation, not in the middle of a process.
 * {@link dev.baton.client.internal.model.ActorModel} is the executing side,
 * {@link dev.baton.client.internal.model.ClientModel} the calling side.
 */
package dev.baton.client.internal.model;
