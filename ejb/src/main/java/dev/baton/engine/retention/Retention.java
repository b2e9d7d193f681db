package dev.baton.engine.retention;

import dev.baton.domain.job.JobClaim;
import dev.baton.domain.process.ProcessState;
import dev.baton.engine.dispatch.NodeIdentity;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes finished processes past their retention. A run starts when the interval has passed since the last
 * one ended (engine time) and this node wins the claim; it then deletes chunk after chunk, oldest first, one
 * transaction each, until nothing is past retention. Also measures how far behind it is, for the metrics and
 * {@code GET /retention}.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @EJB
    RetentionCommand command;

    @Inject
    RetentionSettings settings;

    @Inject
    RetentionMetrics metrics;

    @Inject
    NodeIdentity node;

    @Inject
    Clock clock;

    /** Runs retention if it is due and this node wins the claim; returns how many processes it deleted. */
    public long runIfDue() {
        Map<ProcessState, Duration> retentions = settings.retentions();
        if (retentions.isEmpty()) {
            return 0;
        }
        Instant started = clock.instant();
        if (!command.begin(node.name(), started, settings.interval(), settings.claimLease())) {
            return 0;
        }
        long total = 0;
        String error = null;
        try {
            for (Map.Entry<ProcessState, Duration> retention : retentions.entrySet()) {
                Optional<Long> deleted = deleteExpired(retention.getKey(), started.minus(retention.getValue()));
                if (deleted.isEmpty()) {
                    LOG.info("Retention stopped: another node took the claim over");
                    return total;
                }
                total += deleted.get();
            }
            if (total > 0) {
                long count = total;
                LOG.info(() -> "Retention deleted " + count + " finished processes");
            }
            return total;
        } catch (RuntimeException e) {
            error = e.toString();
            LOG.log(Level.WARNING, "Retention failed after deleting " + total + " processes; the next run goes on", e);
            return total;
        } finally {
            command.finish(node.name(), error, clock.instant());
            refreshMetrics();
        }
    }

    private Optional<Long> deleteExpired(ProcessState state, Instant cutoff) {
        long deleted = 0;
        while (true) {
            Optional<RetentionCommand.Chunk> chunk = command.deleteChunk(node.name(), state, cutoff,
                    settings.chunkSize(), clock.instant(), settings.claimLease());
            if (chunk.isEmpty()) {
                return Optional.empty();
            }
            deleted += chunk.get().deleted();
            metrics.deleted(state, chunk.get().deleted());
            if (chunk.get().candidates() < settings.chunkSize()) {
                return Optional.of(deleted);
            }
        }
    }

    /** Recounts the backlog per outcome with a retention; outcomes kept for ever have none. */
    public List<RetentionCommand.Backlog> refreshMetrics() {
        Instant now = clock.instant();
        List<RetentionCommand.Backlog> backlogs = new ArrayList<>();
        for (Map.Entry<ProcessState, Duration> retention : settings.retentions().entrySet()) {
            Instant cutoff = now.minus(retention.getValue());
            RetentionCommand.Backlog backlog = command.backlog(retention.getKey(), cutoff);
            long overdue = backlog.oldestEndedAt() == null ? 0
                    : Duration.between(backlog.oldestEndedAt(), cutoff).toSeconds();
            metrics.observed(retention.getKey(), backlog.count(), overdue);
            backlogs.add(backlog);
        }
        return backlogs;
    }

    /** Settings, backlog and the last run, for operators. */
    public RetentionView status() {
        List<RetentionView.OutcomeView> outcomes = new ArrayList<>();
        Map<ProcessState, Integer> days = settings.days();
        Instant now = clock.instant();
        List<RetentionCommand.Backlog> backlogs = refreshMetrics();
        for (Map.Entry<ProcessState, Integer> entry : days.entrySet()) {
            RetentionCommand.Backlog backlog = backlogs.stream().filter(b -> b.state() == entry.getKey()).findFirst()
                    .orElse(null);
            Instant cutoff = entry.getValue() == null ? null : now.minus(Duration.ofDays(entry.getValue()));
            outcomes.add(new RetentionView.OutcomeView(entry.getKey().name(), entry.getValue(),
                    backlog == null ? 0 : backlog.count(), backlog == null ? null : backlog.oldestEndedAt(),
                    backlog == null || backlog.oldestEndedAt() == null ? 0
                            : Duration.between(backlog.oldestEndedAt(), cutoff).toSeconds()));
        }
        JobClaim last = command.lastRun().orElse(null);
        return new RetentionView(outcomes, settings.chunkSize(), settings.interval().toSeconds(),
                last == null ? null : new RetentionView.RunView(last.node(), last.lastStartedAt(), last.lastFinishedAt(),
                        last.lastCount(), last.lastError(), last.claimedUntil() != null && last.claimedUntil().isAfter(now)));
    }
}
