/** {@code /tasks}: the worker protocol: poll (long polls are asynchronous), complete, fail, heartbeat. */
package dev.baton.web.task;
