/** {@code /retention}: retention settings, backlog and last run, for operators. */
package dev.baton.web.retention;
