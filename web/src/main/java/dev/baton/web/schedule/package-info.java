/** {@code /schedules}: cron schedules that start processes, their runs, pause, resume and trigger. */
package dev.baton.web.schedule;
