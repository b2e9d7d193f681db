package dev.baton.it.fault;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads the database (the truth) and the workers' execution log, and computes a scenario's {@link Figures}.
 * A scenario's processes are those whose business key starts with {@code <scenario>-}.
 */
final class InvariantChecker {

    private final String url;

    InvariantChecker(String url) {
        this.url = url;
    }

    /**
     * Waits until no process of the scenario is open any more, or the time is up; returns how many are
     * still open (-1 when the database could not be read at the end).
     */
    int awaitEnded(String scenario, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int open = -1;
        while (System.nanoTime() < deadline) {
            try {
                open = count("select count(*) from baton_process where business_key like ?"
                        + " and state not in ('COMPLETED','FAILED','CANCELLED')", scenario);
                if (open == 0) {
                    return 0;
                }
            } catch (SQLException e) {
                open = -1;
            }
            Thread.sleep(500);
        }
        return open;
    }

    /** The figures of the scenario's processes as the database holds them (a start whose answer was lost counts). */
    Figures figures(String scenario, ExecutionLog log, double seconds) throws SQLException {
        Map<String, Integer> executions = log.executionsPerTask();
        try (Connection c = connection()) {
            int inDb = count(c, "select count(*) from baton_process where business_key like ?", scenario);
            int completed = 0;
            int wrong = 0;
            try (PreparedStatement s = c.prepareStatement(
                    "select args, result, state from baton_process where business_key like ?")) {
                s.setString(1, scenario + "-%");
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if ("COMPLETED".equals(rs.getString(3))) {
                            completed++;
                            long n = Long.parseLong(rs.getString(1).replaceAll("[\\[\\]\\s]", ""));
                            if (Long.parseLong(rs.getString(2).trim()) != n + 2) {
                                wrong++;
                            }
                        }
                    }
                }
            }
            // A worker task is completed once; a decider task is decided once and completed once (when the
            // promises of its result resolve). Any second entry of a kind is a second accepted outcome.
            int duplicates = count(c, "select coalesce(sum(n - 1), 0) from (select h.task_id, h.kind, count(*) n"
                    + " from baton_history h join baton_process p on p.id = h.process_id where p.business_key like ?"
                    + " and h.kind in ('TASK_COMPLETED', 'TASK_DECIDED') group by h.task_id, h.kind having count(*) > 1) d",
                    scenario);
            Set<String> taskIds = new HashSet<>();
            int phantoms = 0;
            int retried = 0;
            double maxWait = 0;
            try (PreparedStatement s = c.prepareStatement("select t.id, t.state, t.attempt,"
                    + " extract(epoch from (t.started_at - t.ready_at)) from baton_task t"
                    + " join baton_process p on p.id = t.process_id where p.business_key like ?")) {
                s.setString(1, scenario + "-%");
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        taskIds.add(id);
                        if ("COMPLETED".equals(rs.getString(2)) && !executions.containsKey(id)) {
                            phantoms++;
                        }
                        if (rs.getInt(3) > 1) {
                            retried++;
                        }
                        maxWait = Math.max(maxWait, rs.getDouble(4));
                    }
                }
            }
            int redeliveries = executions.entrySet().stream().filter(e -> taskIds.contains(e.getKey()))
                    .mapToInt(e -> e.getValue() - 1).sum();
            return new Figures(scenario, inDb, completed, inDb - completed, wrong,
                    duplicates, phantoms, redeliveries, retried, maxWait, seconds);
        }
    }

    /** The coordinator lease's current epoch. */
    long coordinatorEpoch() throws SQLException {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(
                "select epoch from baton_cluster_lease where name = 'coordinator'"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private int count(String sql, String scenario) throws SQLException {
        try (Connection c = connection()) {
            return count(c, sql, scenario);
        }
    }

    private static int count(Connection c, String sql, String scenario) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, scenario + "-%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }
}
