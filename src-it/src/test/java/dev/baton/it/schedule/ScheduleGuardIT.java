package dev.baton.it.schedule;

import dev.baton.domain.schedule.CatchUpPolicy;
import dev.baton.domain.schedule.OverlapPolicy;
import dev.baton.domain.schedule.ScheduleDefinition;
import dev.baton.domain.schedule.ScheduleRepository.DueSchedule;
import dev.baton.engine.schedule.FireScheduleCommand;
import dev.baton.engine.schedule.ScheduleFiring;
import dev.baton.engine.schedule.ScheduleRunView;
import dev.baton.engine.schedule.ScheduleService;
import dev.baton.engine.schedule.ScheduleView;
import dev.baton.it.InContainer;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside the server: the guard that makes a tick start at most one process, proven by firing the same due
 * tick from two transactions at once through the real firing code (as two nodes would), and auto-pause after
 * consecutive start failures that the real database causes (a check constraint refuses the schedule's processes).
 */
@ExtendWith(ArquillianExtension.class)
class ScheduleGuardIT {

    private static final int ROUNDS = 5;

    @Inject
    ScheduleService schedules;

    @Inject
    FireScheduleCommand fire;

    @Inject
    ScheduleFiring firing;

    @Resource(lookup = "java:jboss/datasources/BatonDS")
    DataSource dataSource;

    @Deployment
    static EnterpriseArchive ear() {
        return InContainer.ear(ScheduleGuardIT.class);
    }

    private String create(String actor, int maxFailures) {
        String name = "guard-" + UUID.randomUUID().toString().substring(0, 8);
        schedules.create(name, new ScheduleDefinition(null, "*/5 * * * *", "UTC", actor, "[]", null,
                OverlapPolicy.ALLOW, 1, CatchUpPolicy.SKIP, maxFailures), true, "it");
        return name;
    }

    @Test
    void twoTransactionsFiringTheSameDueTickAtOnceStartExactlyOneProcess() throws Exception {
        String name = create("it.Guard#1", 5);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Instant tick = schedules.get(name).nextFireAt();
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<Boolean> node = () -> {
                    together.await(10, TimeUnit.SECONDS);
                    return fire.fire(name, tick, tick).isPresent();
                };
                Future<Boolean> first = pool.submit(node);
                Future<Boolean> second = pool.submit(node);
                int handled = (first.get(30, TimeUnit.SECONDS) ? 1 : 0) + (second.get(30, TimeUnit.SECONDS) ? 1 : 0);
                assertEquals(1, handled, "round " + round + ": exactly one of the two handled tick " + tick);
            }
            List<ScheduleRunView> runs = schedules.runs(name, 100);
            assertEquals(ROUNDS, runs.size(), runs::toString);
            assertTrue(runs.stream().allMatch(r -> r.outcome().equals("started")), runs::toString);
            assertEquals(ROUNDS, runs.stream().map(ScheduleRunView::tickAt).distinct().count());
            assertEquals(ROUNDS, count("select count(*) from baton_process where schedule_name = ?", name));
        } finally {
            pool.shutdownNow();
            schedules.delete(name, "it");
        }
    }

    @Test
    void aSecondRecordOfATickIsRefusedByTheDatabaseAndStartsNothing() throws Exception {
        String name = create("it.Guard#2", 5);
        try {
            Instant tick = schedules.get(name).nextFireAt();
            // As if another node had recorded this tick while the schedule row said otherwise.
            try (Connection c = dataSource.getConnection();
                 PreparedStatement insert = c.prepareStatement("insert into baton_schedule_run "
                         + "(id, schedule_name, tick_at, manual, fired_at, outcome, process_id, message) "
                         + "values (?, ?, ?, ?, ?, 'STARTED', null, 'it')")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, name);
                insert.setObject(3, tick.atOffset(ZoneOffset.UTC));
                insert.setBoolean(4, false);
                insert.setObject(5, tick.atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            assertThrows(RuntimeException.class, () -> fire.fire(name, tick, tick));
            assertEquals(0, count("select count(*) from baton_process where schedule_name = ?", name),
                    "the start was rolled back with the duplicate record");
            assertEquals(tick, schedules.get(name).nextFireAt(), "the schedule did not move on either");
        } finally {
            schedules.delete(name, "it");
        }
    }

    @Test
    void aScheduleWhoseStartsKeepFailingPausesItselfWithTheReasonAndResumesAfterTheFix() throws Exception {
        String actor = "it.Refused" + UUID.randomUUID().toString().substring(0, 6) + "#1";
        String constraint = "it_refuse_" + UUID.randomUUID().toString().substring(0, 6);
        execute("alter table baton_process add constraint " + constraint + " check (actor <> '" + actor + "')");
        String name = create(actor, 3);
        try {
            List<Instant> ticks = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Instant tick = schedules.get(name).nextFireAt();
                ticks.add(tick);
                assertTrue(firing.fire(new DueSchedule(name, tick), tick), "tick " + tick + " was handled");
            }
            ScheduleView paused = schedules.get(name);
            assertEquals("AUTO_PAUSED", paused.state());
            assertEquals(3, paused.consecutiveFailures());
            assertEquals(null, paused.nextFireAt());
            assertTrue(paused.pausedReason().startsWith("Paused after 3 consecutive start failures; last: "),
                    paused.pausedReason());
            assertTrue(paused.pausedReason().toLowerCase().contains("constraint"), paused.pausedReason());
            List<ScheduleRunView> runs = schedules.runs(name, 10);
            assertEquals(3, runs.size(), runs::toString);
            assertTrue(runs.stream().allMatch(r -> r.outcome().equals("failed") && r.processId() == null
                    && r.message().toLowerCase().contains("constraint")), runs::toString);
            java.util.Collections.reverse(ticks);
            assertEquals(ticks, runs.stream().map(ScheduleRunView::tickAt).toList(), "newest first");
            assertEquals(0, count("select count(*) from baton_process where schedule_name = ?", name));
            assertEquals(1, count("select count(*) from baton_audit where action = 'schedule.auto-pause' and target = ?", name));

            execute("alter table baton_process drop constraint " + constraint);
            ScheduleView resumed = schedules.resume(name, "it", "fixed");
            assertEquals("ACTIVE", resumed.state());
            assertEquals(0, resumed.consecutiveFailures());
            assertEquals(null, resumed.pausedReason());
            Instant tick = resumed.nextFireAt();
            assertTrue(firing.fire(new DueSchedule(name, tick), tick));
            assertEquals("started", schedules.runs(name, 1).get(0).outcome());
        } finally {
            try {
                execute("alter table baton_process drop constraint if exists " + constraint);
            } finally {
                schedules.delete(name, "it");
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
