package dev.baton.console.view;

import dev.baton.console.format.JsonBlock;

import java.util.List;

/**
 * One task of the process detail with its whole story: arguments and result, the error of its last failure
 * ({@code errorDetails}, usually a stack trace, is filled for administrators only), and every history entry
 * of the task, one or more per attempt, each naming worker and time.
 */
public record TaskRow(String id, String name, String ref, String actor, String type, String method, String eventName, String state,
                      int attempt, String worker, String created, String ready, String started, String ended,
                      String duration, String leaseUntil, String waitDeadline, List<String> dependsOn, JsonBlock args,
                      JsonBlock result, String errorType, String errorMessage, String errorDetails,
                      List<HistoryRow> entries) {
}
