/**
 * Cron schedules that start processes: the cron expression and its fire times in a time zone, the schedule
 * with its life cycle and the guard that makes each tick start at most one process, and the record of runs.
 */
package dev.baton.domain.schedule;
