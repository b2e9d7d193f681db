package dev.baton.engine.overview;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import dev.baton.domain.process.ProcessRepository;
import dev.baton.domain.process.ProcessState;
import dev.baton.engine.actor.ActorService;
import dev.baton.engine.actor.ActorView;
import dev.baton.engine.dispatch.CompletionMeter;
import dev.baton.engine.dispatch.NodeIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes the dashboard's {@link Overview}. Every database read is a range over an index: the open states on
 * {@code (state, id)}, finished processes and the per-minute throughput on {@code (state, ended_at)}, so the
 * page costs the same with a million finished processes as with none. Actor and node figures come from
 * Hazelcast.
 */
@ApplicationScoped
public class OverviewService {

    private static final int MINUTES = 60;

    @Inject
    ProcessRepository processes;

    @Inject
    ActorService actors;

    @Inject
    CompletionMeter meter;

    @Inject
    NodeIdentity node;

    @Inject
    HazelcastInstance hazelcast;

    @Inject
    Clock clock;

    public Overview overview() {
        Instant now = clock.instant();
        Map<String, Long> open = new LinkedHashMap<>();
        for (ProcessState state : List.of(ProcessState.RUNNING, ProcessState.SUSPENDED, ProcessState.FAILED)) {
            open.put(state.name(), processes.countInState(state));
        }
        Instant dayAgo = now.minus(Duration.ofDays(1));
        Map<String, Long> ended = new LinkedHashMap<>();
        for (ProcessState state : List.of(ProcessState.COMPLETED, ProcessState.FAILED, ProcessState.CANCELLED)) {
            ended.put(state.name(), processes.countEndedSince(state, dayAgo));
        }
        List<ActorView> all = actors.actors();
        List<ActorView> unpolled = all.stream().filter(a -> !a.blocked() && a.isUnpolled(now)).toList();
        List<ActorView> blocked = all.stream().filter(ActorView::blocked).toList();
        return new Overview(now, open, ended, lastHour(now), unpolled, blocked, localNode());
    }

    /** Sixty minutes ending with the current one (which is still filling). */
    List<Overview.Minute> lastHour(Instant now) {
        Instant end = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        Instant start = end.minus(Duration.ofMinutes(MINUTES));
        Map<Instant, Long> completed = processes.endedPerMinute(ProcessState.COMPLETED, start, end);
        Map<Instant, Long> failed = processes.endedPerMinute(ProcessState.FAILED, start, end);
        List<Overview.Minute> minutes = new ArrayList<>(MINUTES);
        for (int i = 0; i < MINUTES; i++) {
            Instant minute = start.plus(Duration.ofMinutes(i));
            minutes.add(new Overview.Minute(minute, completed.getOrDefault(minute, 0L), failed.getOrDefault(minute, 0L)));
        }
        return minutes;
    }

    private Overview.LocalNode localNode() {
        List<String> members = new ArrayList<>();
        for (Member member : hazelcast.getCluster().getMembers()) {
            members.add(member.getAddress().getHost() + ":" + member.getAddress().getPort());
        }
        Member local = hazelcast.getCluster().getLocalMember();
        return new Overview.LocalNode(node.name(), local.getAddress().getHost() + ":" + local.getAddress().getPort(),
                members, new TreeMap<>(meter.lastMinuteByNode()));
    }
}
