/** The operators' views and levers over many processes: bulk operations and broken-task groups. */
package dev.baton.web.operation;
