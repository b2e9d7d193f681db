/** {@code /actors}: which actors exist and how their queues are doing. */
package dev.baton.web.actor;
