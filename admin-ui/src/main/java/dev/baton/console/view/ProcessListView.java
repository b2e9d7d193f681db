package dev.baton.console.view;

import java.util.List;

/** One page of the process list; {@code next} is the cursor of the following page, null on the last one. */
public record ProcessListView(List<ProcessRow> rows, String next) {
}
