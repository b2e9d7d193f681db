package dev.baton.engine.process;

import java.util.List;

/** One page of processes; {@code next} is the cursor of the following page, or null at the end. */
public record ProcessPage(List<ProcessView> items, String next) {
}
