package dev.baton.engine.cluster;

import dev.baton.engine.dispatch.Dispatcher;
import dev.baton.engine.dispatch.Effects;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one step of the coordinator's work: in a transaction fenced by the coordinator's term, then the
 * committed step's effects on Hazelcast. A fenced step makes the node drop the role at once.
 */
@ApplicationScoped
public class ElectedWork {

    private static final Logger LOG = Logger.getLogger(ElectedWork.class.getName());

    @EJB
    FencedTransaction fenced;

    @Inject
    Coordinator coordinator;

    @Inject
    Dispatcher dispatcher;

    /**
     * Returns false when the term is no longer valid (the caller stops its sweep); a step that fails for
     * any other reason is logged and left to the next sweep.
     */
    public boolean step(Coordinator.Term term, Supplier<Effects> work, String what) {
        try {
            dispatcher.apply(fenced.run(term, work));
            return true;
        } catch (NotCoordinatorException e) {
            coordinator.fenced(term);
            LOG.info(() -> "Elected work stopped: " + e.getMessage());
            return false;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what + " failed; the next sweep retries", e);
            return true;
        }
    }
}
