/**
 * Cron schedules that start processes: their administration (one command per change, each audited), the
 * firing of due ticks on the engine clock's one-second tick, and manual triggers.
 */
package dev.baton.engine.schedule;
