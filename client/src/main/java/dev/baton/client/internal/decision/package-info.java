/**
 * Recording a decision: the thread-bound {@link dev.baton.client.internal.decision.DecisionRecorder} collects the
 * tasks that client proxies ({@link dev.baton.client.internal.decision.RecordingHandler}) record, and
 * {@link dev.baton.client.internal.decision.PayloadCodec} turns arguments and results into JSON in which pending
 * promises become {@code $promise}/{@code $promises} references.
 */
package dev.baton.client.internal.decision;
