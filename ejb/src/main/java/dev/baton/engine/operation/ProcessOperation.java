package dev.baton.engine.operation;

import dev.baton.domain.process.ProcessInstance;
import dev.baton.engine.dispatch.Effects;

/**
 * One operator action on one process: suspend, resume, cancel, restart, abandon. The same operation runs
 * alone ({@link ProcessOperationCommand}, which answers 409 when it does not apply) and over many processes
 * ({@link BulkChunkCommand}, which skips the processes it does not apply to). Callers hold the process lock.
 */
public interface ProcessOperation {

    /** The name in the audit log, the history and the API, e.g. {@code suspend}. */
    String name();

    /** Why the operation does not apply to the process as it stands; null when it does. */
    String refusal(ProcessInstance process, OperationRequest request);

    /** Applies the operation; called only when {@link #refusal} returned null. */
    void apply(ProcessInstance process, OperationRequest request, Effects effects);
}
