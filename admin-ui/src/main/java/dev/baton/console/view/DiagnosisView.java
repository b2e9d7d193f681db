package dev.baton.console.view;

import java.util.List;

/** The "why stuck?" answer as the page shows it. */
public record DiagnosisView(String verdict, String summary, List<Link> chain, List<Step> suggestions, String at) {

    /** A link of the chain; {@code depth} indents it under what it explains. */
    public record Link(int depth, String kind, String taskId, String actor, String text, String at, String until) {
    }

    /** A suggested action; {@code action} names the button the page offers for it, if any. */
    public record Step(String action, String target, String text) {
    }

    public boolean stuck() {
        return !"FINISHED".equals(verdict) && !"WORKING".equals(verdict);
    }
}
