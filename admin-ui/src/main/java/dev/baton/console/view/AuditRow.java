package dev.baton.console.view;

/** One audit entry: who did what to which target, when, affecting how many. */
public record AuditRow(String id, String at, String operator, String action, String target, int affected, String detail) {
}
