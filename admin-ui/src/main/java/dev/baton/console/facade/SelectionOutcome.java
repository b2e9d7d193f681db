package dev.baton.console.facade;

import java.util.List;

/** What an operation on selected processes did: how many it changed and why it left the others alone. */
public record SelectionOutcome(Operation operation, int applied, List<String> refusals) {

    public String message() {
        return applied + (applied == 1 ? " process " : " processes ") + operation.done()
                + (refusals.isEmpty() ? "." : "; " + refusals.size() + " left as they were.");
    }
}
