/** Deleting finished processes past their retention, with everything that belongs to them. */
package dev.baton.domain.retention;
