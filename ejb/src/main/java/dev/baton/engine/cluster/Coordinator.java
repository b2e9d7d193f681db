package dev.baton.engine.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import dev.baton.engine.dispatch.NodeIdentity;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether this node is the coordinator: the one executor node that runs the work that must run once
 * cluster-wide (lease expiry, due tasks, deadlines, the reconciler). Hazelcast names the candidate, the
 * oldest executor member, which every member computes alike from the member list; the database lease
 * decides ({@link CoordinatorElection}). The candidate claims the lease every second; a node that is no
 * longer the candidate releases it, so the role moves at once when an older executor appears and within
 * one lease period when the coordinator dies. Elected work runs in {@link FencedTransaction}s of the
 * {@link Term} it was started under.
 */
@ApplicationScoped
public class Coordinator {

    private static final Logger LOG = Logger.getLogger(Coordinator.class.getName());

    /** The epoch a node holds, and the holder string it holds it as. */
    public record Term(String holder, long epoch) {
    }

    @Inject
    HazelcastInstance hazelcast;

    @Inject
    NodeIdentity node;

    @Inject
    ClusterSettings settings;

    @EJB
    CoordinatorElection election;

    private volatile Term term;
    /** System.nanoTime() until which the held term may be used without a renewal. */
    private volatile long validUntilNanos;

    /** Claims or renews the role if this node is the candidate, gives it up otherwise. Called every second. */
    public synchronized void refresh() {
        String holder = node.incarnation();
        try {
            if (isCandidate()) {
                long started = System.nanoTime();
                long epoch = election.claim(holder, settings.coordinatorLease());
                if (epoch > 0) {
                    if (term == null || term.epoch() != epoch) {
                        LOG.info(() -> "This node is now the coordinator (epoch " + epoch + ")");
                    }
                    term = new Term(holder, epoch);
                    // Counted from before the claim, and a second short of the lease, so the node stops
                    // before the database would let another node in.
                    validUntilNanos = started + settings.coordinatorLease().minusSeconds(1).toNanos();
                } else {
                    lose("another node still holds the coordinator lease");
                }
            } else if (term != null) {
                Term held = term;
                lose("an older executor node is the candidate now");
                election.release(held.holder(), held.epoch());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Renewing the coordinator lease failed; retrying in a second", e);
        }
    }

    /** The term this node may run elected work under right now, if any. */
    public Optional<Term> term() {
        Term held = term;
        if (held == null || System.nanoTime() - validUntilNanos > 0) {
            return Optional.empty();
        }
        return Optional.of(held);
    }

    /** Elected work found its epoch fenced: stop using it at once. */
    public synchronized void fenced(Term stale) {
        if (stale.equals(term)) {
            lose("the database fenced epoch " + stale.epoch());
        }
    }

    /** Gives the role up on shutdown so another executor takes it over without waiting for the lease. */
    public synchronized void resign() {
        Term held = term;
        if (held != null) {
            term = null;
            try {
                election.release(held.holder(), held.epoch());
                LOG.info(() -> "Coordinator role released (epoch " + held.epoch() + ")");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Releasing the coordinator lease failed; it runs out by itself", e);
            }
        }
    }

    /** The oldest member of the cluster that has the executor role. */
    private boolean isCandidate() {
        for (Member member : hazelcast.getCluster().getMembers()) {
            if (HazelcastMember.isExecutor(member)) {
                return member.localMember();
            }
        }
        return false;
    }

    private void lose(String why) {
        if (term != null) {
            long epoch = term.epoch();
            LOG.info(() -> "This node is no longer the coordinator (epoch " + epoch + "): " + why);
        }
        term = null;
    }
}
