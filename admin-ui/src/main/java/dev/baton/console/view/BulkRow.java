package dev.baton.console.view;

/** A bulk operation and how far it got. */
public record BulkRow(String id, String action, String filter, String state, int matched, int affected, int skipped,
                      String requestedBy, String created, String ended, String error) {
}
