package dev.baton.engine.operation;

import dev.baton.engine.dispatch.Effects;
import dev.baton.engine.process.ProcessView;

/** The process after an operation, and what the operation asks of the in-memory side. */
public record OperationOutcome(ProcessView process, Effects effects) {
}
