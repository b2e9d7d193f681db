/**
 * The sweeps that enforce deadlines on the engine clock's tick: process deadlines, schedule-to-start and
 * event timeouts, and the take-over of bulk operations that lost their node.
 */
package dev.baton.engine.timer;
