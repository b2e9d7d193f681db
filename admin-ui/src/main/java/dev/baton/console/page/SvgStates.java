package dev.baton.console.page;

import dev.baton.console.graph.SvgGraph;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;

/** The task states in the graph legend's order. */
@Named
@ApplicationScoped
public class SvgStates {

    public List<String> getStates() {
        return SvgGraph.states();
    }
}
