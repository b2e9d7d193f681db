package dev.baton.engine.diagnosis;

/** An action that would move a stuck process on, with its target (process, task, actor or event name). */
public record Suggestion(Action action, String target, String text) {

    /** The actions the analysis suggests; the console offers a button for those an operator can take there. */
    public enum Action {
        RESUME_PROCESS,
        UNBLOCK_ACTOR,
        START_WORKERS,
        ADD_WORKERS,
        DELIVER_EVENT,
        RESTART_TASK,
        WAIT,
        NONE
    }
}
