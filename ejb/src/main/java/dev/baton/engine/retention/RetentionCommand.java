package dev.baton.engine.retention;

import dev.baton.domain.job.JobClaim;
import dev.baton.domain.job.JobClaimRepository;
import dev.baton.domain.process.ProcessInstance;
import dev.baton.domain.process.ProcessRepository;
import dev.baton.domain.process.ProcessState;
import dev.baton.domain.retention.RetentionRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The transactions of a retention run. Each starts by locking the job's claim row, so two nodes running
 * retention at the same moment take turns chunk by chunk, and only the node holding the claim deletes: the
 * other finds it taken and stops. A chunk locks its processes in id order (as every transaction that locks
 * several processes does), checks each is still finished and past its retention (an operator may have restarted
 * a failed one meanwhile), and deletes them with everything that belongs to them.
 */
@Stateless
public class RetentionCommand {

    static final String JOB = "retention";

    @Inject
    JobClaimRepository claims;

    @Inject
    RetentionRepository retention;

    @Inject
    ProcessRepository processes;

    /** Claims the run for {@code node} if it is due ({@code interval} since the last one ended) and nobody holds it. */
    public boolean begin(String node, Instant now, Duration interval, Duration lease) {
        JobClaim claim = claims.lockOrCreate(JOB);
        boolean due = claim.lastFinishedAt() == null || !claim.lastFinishedAt().plus(interval).isAfter(now);
        if (!due || !claim.claimableBy(node, now)) {
            return false;
        }
        claim.start(node, now, lease);
        return true;
    }

    /**
     * Deletes up to {@code size} processes in {@code state} that ended before {@code cutoff}, oldest first;
     * empty when {@code node} no longer holds the claim.
     */
    public Optional<Chunk> deleteChunk(String node, ProcessState state, Instant cutoff, int size, Instant now,
                                         Duration lease) {
        JobClaim claim = claims.lockOrCreate(JOB);
        if (!claim.heldBy(node, now)) {
            return Optional.empty();
        }
        List<String> ids = retention.expired(state, cutoff, size);
        if (ids.isEmpty()) {
            return Optional.of(new Chunk(0, 0));
        }
        List<ProcessInstance> eligible = processes.lockAll(ids).values().stream()
                .filter(p -> p.state() == state && p.endedAt() != null && p.endedAt().isBefore(cutoff))
                .toList();
        retention.delete(eligible);
        claim.progressed(eligible.size(), now, lease);
        return Optional.of(new Chunk(ids.size(), eligible.size()));
    }

    public void finish(String node, String error, Instant now) {
        JobClaim claim = claims.lockOrCreate(JOB);
        if (node.equals(claim.node())) {
            claim.finish(error, now);
        }
    }

    /** Processes past retention now, and when the oldest of them ended; read by the metrics and the API. */
    public Backlog backlog(ProcessState state, Instant cutoff) {
        long count = retention.countExpired(state, cutoff);
        Instant oldest = count == 0 ? null : retention.oldestEnded(state).orElse(null);
        return new Backlog(state, count, oldest);
    }

    public Optional<JobClaim> lastRun() {
        return claims.find(JOB);
    }

    /** One chunk: how many candidates it found (fewer than asked means the outcome is done), how many it deleted. */
    public record Chunk(int candidates, int deleted) {
    }

    /** How far behind retention is for one outcome. */
    public record Backlog(ProcessState state, long count, Instant oldestEndedAt) {
    }
}
