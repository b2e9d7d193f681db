package dev.baton.client;

import java.util.List;

/**
 * One page of {@link BatonClient#listProcesses(ProcessQuery)}.
 *
 * @param items the processes of this page
 * @param next  cursor for the following page, {@code null} on the last page
 */
public record ProcessPage(List<ProcessInfo> items, String next) {

    public ProcessPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean hasNext() {
        return next != null;
    }
}
