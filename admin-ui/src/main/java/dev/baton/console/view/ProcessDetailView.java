package dev.baton.console.view;

import dev.baton.console.format.JsonBlock;

import java.util.List;

/**
 * Everything the process detail shows. {@code errorDetails} (a stack trace, if the failure carried one) is
 * filled for administrators only. {@code restartArgs} are the arguments of the task that failed the process,
 * pretty-printed, for the "restart with edited arguments" form (null when there is no such task).
 */
public record ProcessDetailView(String id, String actor, String businessKey, String state, String created,
                                String ended, String deadline, String duration, JsonBlock args, JsonBlock result,
                                String errorType, String errorMessage, String errorDetails, String causeTaskId,
                                String causeActor, String restartArgs, String graphSvg, int graphShown, int taskCount,
                                List<TaskRow> tasks, List<HistoryRow> history, boolean historyCut,
                                List<EventRow> events, DiagnosisView diagnosis) {

    public boolean running() {
        return "RUNNING".equals(state);
    }

    public boolean suspended() {
        return "SUSPENDED".equals(state);
    }

    public boolean failed() {
        return "FAILED".equals(state);
    }

    public boolean active() {
        return running() || suspended();
    }
}
