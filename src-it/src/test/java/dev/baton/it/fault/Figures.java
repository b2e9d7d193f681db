package dev.baton.it.fault;

import java.util.Locale;

/**
 * What one scenario did, as the invariant checker found it in the database and the workers' log.
 *
 * @param lost                processes that started but did not complete within the scenario's time
 * @param wrongResults        completed processes whose result shows a step applied twice or not at all
 * @param duplicateAccepted   task completions (results or decisions) the database accepted more than once
 * @param phantomCompletions  worker tasks the database completed without any worker having executed them
 * @param redeliveries        executions beyond the first of a task (at-least-once delivery at work)
 * @param maxReadyWaitSeconds longest time from a task becoming ready to the dispatch of its accepted attempt
 */
record Figures(String scenario, int started, int completed, int lost, int wrongResults, int duplicateAccepted,
               int phantomCompletions, int redeliveries, int retriedTasks, double maxReadyWaitSeconds,
               double seconds) {

    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %.1f | %.0f |", scenario, started,
                completed, lost, wrongResults, duplicateAccepted, phantomCompletions, redeliveries, retriedTasks,
                maxReadyWaitSeconds, seconds);
    }

    static String header() {
        return "| scenario | started | completed | lost | wrong results | duplicate accepted completions"
                + " | accepted without execution | redeliveries | tasks with more than one attempt | longest ready wait (s)"
                + " | duration (s) |\n|---|---|---|---|---|---|---|---|---|---|---|";
    }
}
