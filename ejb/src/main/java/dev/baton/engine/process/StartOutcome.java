package dev.baton.engine.process;

import dev.baton.engine.dispatch.Effects;

/** The started (or already existing) process, and whether this call created it. */
public record StartOutcome(ProcessView process, boolean created, Effects effects) {
}
