package dev.baton.console.view;

/** One line of the process list. */
public record ProcessRow(String id, String actor, String businessKey, String state, String created, String ended,
                         String errorType, String causeActor) {
}
