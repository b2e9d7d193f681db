package dev.baton.engine.schedule;

import dev.baton.engine.dispatch.Effects;

/** A manual trigger's run, and what its commit asks of the in-memory side. */
public record TriggerOutcome(ScheduleRunView run, Effects effects) {
}
