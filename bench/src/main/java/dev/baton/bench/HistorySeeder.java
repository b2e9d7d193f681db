package dev.baton.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Seeds a Baton PostgreSQL database with finished processes, to measure how a large history affects the active
 * ones. Each seeded process is a copy of a real one (by default the newest completed process in the database,
 * e.g. one the reference benchmark just ran): its process row, tasks, promise edges, history, events and
 * business key are copied with fresh time-ordered ids and every timestamp shifted, so the rows have exactly the
 * shape, sizes and states the engine writes. The copies end spread over the last {@code --days} days (within the
 * default retention of 7, so retention leaves them alone), oldest first, and are written with COPY in chunks.
 *
 * <pre>
 * ./mvnw -q -pl bench -am verify -DskipTests -Pseed -Dexec.args="--jdbc jdbc:postgresql://127.0.0.1:5432/baton --count 1000000"
 * </pre>
 * Flags: {@code --jdbc --user (postgres) --password --count (1000000) --days (6.5) --template <process id>
 * --chunk (10000)}. It ends with {@code VACUUM ANALYZE} of the tables, the state autovacuum reaches on a database
 * that grew over days. Stop the server first or not: the rows are finished processes the engine never touches.
 */
public final class HistorySeeder {

    private static final Set<String> TIME_TYPES = Set.of("timestamptz", "timestamp");

    private final Connection db;
    private final CopyManager copy;

    private HistorySeeder(Connection db) throws SQLException {
        this.db = db;
        this.copy = db.unwrap(PGConnection.class).getCopyAPI();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            flags.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String url = require(flags, "jdbc");
        int count = Integer.parseInt(flags.getOrDefault("count", "1000000"));
        double days = Double.parseDouble(flags.getOrDefault("days", "6.5"));
        int chunk = Integer.parseInt(flags.getOrDefault("chunk", "10000"));
        try (Connection db = DriverManager.getConnection(url, flags.getOrDefault("user", "postgres"),
                flags.getOrDefault("password", "postgres"))) {
            new HistorySeeder(db).seed(flags.get("template"), count, Duration.ofSeconds((long) (days * 86_400)), chunk);
        }
    }

    private static String require(Map<String, String> flags, String name) {
        String value = flags.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private void seed(String templateId, int count, Duration span, int chunk) throws SQLException, IOException {
        String processId = templateId != null ? templateId : newestCompleted();
        Template template = Template.read(db, processId);
        System.out.printf("template %s: %d tasks, %d edges, %d history rows, %d events, %d keys%n", processId,
                template.tasks.rows.size(), template.edges.rows.size(), template.history.rows.size(),
                template.events.rows.size(), template.keys.rows.size());
        Instant first = Instant.now().minus(span);
        long stepMillis = Math.max(1, span.toMillis() / Math.max(1, count));
        long started = System.nanoTime();
        for (int done = 0; done < count; done += chunk) {
            int size = Math.min(chunk, count - done);
            Map<String, StringBuilder> out = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                Instant ended = first.plusMillis((long) (done + i) * stepMillis);
                template.copy(ended, done + i, out);
            }
            for (Map.Entry<String, StringBuilder> table : out.entrySet()) {
                copy.copyIn("COPY " + table.getKey() + " FROM STDIN", new StringReader(table.getValue().toString()));
            }
            if ((done / chunk) % 10 == 9 || done + size >= count) {
                System.out.printf("%,d processes seeded (%.0f s)%n", done + size, (System.nanoTime() - started) / 1e9);
            }
        }
        try (Statement statement = db.createStatement()) {
            for (String table : List.of("baton_process", "baton_task", "baton_task_dep", "baton_history", "baton_event",
                    "baton_process_key")) {
                statement.execute("VACUUM ANALYZE " + table);
            }
        }
        System.out.printf("done: %,d processes in %.0f s%n", count, (System.nanoTime() - started) / 1e9);
    }

    private String newestCompleted() throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("select id from baton_process where state = 'COMPLETED' "
                     + "order by id desc limit 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("No completed process to copy: run the reference benchmark first");
            }
            return rs.getString(1);
        }
    }

    /** The rows of one real process, and how to copy them for a new process ending at a given instant. */
    private static final class Template {
        Rows process;
        Rows tasks;
        Rows edges;
        Rows history;
        Rows events;
        Rows keys;
        Instant endedAt;

        static Template read(Connection db, String processId) throws SQLException {
            Template t = new Template();
            t.process = Rows.read(db, "baton_process", "select * from baton_process where id = ?", processId);
            t.tasks = Rows.read(db, "baton_task", "select * from baton_task where process_id = ?", processId);
            t.edges = Rows.read(db, "baton_task_dep", "select d.* from baton_task_dep d join baton_task t "
                    + "on t.id = d.task_id where t.process_id = ?", processId);
            t.history = Rows.read(db, "baton_history", "select * from baton_history where process_id = ?", processId);
            t.events = Rows.read(db, "baton_event", "select * from baton_event where process_id = ?", processId);
            t.keys = Rows.read(db, "baton_process_key", "select * from baton_process_key where process_id = ?", processId);
            Object ended = t.process.rows.get(0).get("ended_at");
            if (ended == null) {
                throw new IllegalStateException("Process " + processId + " has not ended");
            }
            t.endedAt = ((OffsetDateTime) ended).toInstant();
            return t;
        }

        void copy(Instant ended, int index, Map<String, StringBuilder> out) {
            Duration shift = Duration.between(endedAt, ended);
            Map<String, String> ids = new HashMap<>();
            for (Map<String, Object> row : process.rows) {
                ids.put((String) row.get("id"), newId(shifted(row.get("created_at"), shift)));
            }
            for (Map<String, Object> row : tasks.rows) {
                ids.put((String) row.get("id"), newId(shifted(row.get("created_at"), shift)));
            }
            process.write(out, shift, ids, Set.of("id", "start_task_id", "cause_task_id"), null, index);
            tasks.write(out, shift, ids, Set.of("id", "process_id", "parent_id"), null, index);
            edges.write(out, shift, ids, Set.of("task_id", "depends_on"), null, index);
            history.write(out, shift, ids, Set.of("process_id", "task_id"), "at", index);
            events.write(out, shift, ids, Set.of("process_id", "consumed_by"), "received_at", index);
            keys.write(out, shift, ids, Set.of("process_id"), null, index);
        }
    }

    /** Rows of one table, as column name -> value (timestamps as OffsetDateTime, everything else as text). */
    private record Rows(String table, List<String> columns, Set<String> timeColumns, List<Map<String, Object>> rows) {

        static Rows read(Connection db, String table, String sql, String processId) throws SQLException {
            try (PreparedStatement query = db.prepareStatement(sql)) {
                query.setString(1, processId);
                try (ResultSet rs = query.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> columns = new ArrayList<>();
                    Set<String> times = new java.util.HashSet<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        columns.add(meta.getColumnName(c));
                        if (TIME_TYPES.contains(meta.getColumnTypeName(c)) || meta.getColumnType(c) == Types.TIMESTAMP_WITH_TIMEZONE) {
                            times.add(meta.getColumnName(c));
                        }
                    }
                    List<Map<String, Object>> rows = new ArrayList<>();
                    while (rs.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (String column : columns) {
                            row.put(column, times.contains(column) ? rs.getObject(column, OffsetDateTime.class) : rs.getString(column));
                        }
                        rows.add(row);
                    }
                    return new Rows(table, columns, times, rows);
                }
            }
        }

        /**
         * Appends the copied rows in COPY text format: mapped id columns take the new ids, a row id of its own (if
         * {@code ownIdTime} names its time column) is a fresh id of that time, timestamps are shifted, and ids of
         * the template that appear inside text (promises, details) are replaced too. A business key gets the copy's
         * index, so keys stay unique.
         */
        void write(Map<String, StringBuilder> out, Duration shift, Map<String, String> ids, Set<String> mapped,
                   String ownIdTime, int index) {
            if (rows.isEmpty()) {
                return;
            }
            StringBuilder sb = out.computeIfAbsent(table + " (" + String.join(", ", columns) + ")", k -> new StringBuilder());
            for (Map<String, Object> row : rows) {
                for (int c = 0; c < columns.size(); c++) {
                    String column = columns.get(c);
                    Object value = row.get(column);
                    String text;
                    if (value == null) {
                        text = null;
                    } else if (timeColumns.contains(column)) {
                        text = shifted(value, shift).toString();
                    } else if (mapped.contains(column)) {
                        text = ids.getOrDefault((String) value, (String) value);
                    } else if (column.equals("id") && ownIdTime != null) {
                        text = newId(shifted(row.get(ownIdTime), shift));
                    } else if (column.equals("business_key")) {
                        text = value + "-" + index;
                    } else {
                        text = replaceIds((String) value, ids);
                    }
                    if (c > 0) {
                        sb.append('\t');
                    }
                    sb.append(text == null ? "\\N" : escape(text));
                }
                sb.append('\n');
            }
        }
    }

    private static Instant shifted(Object time, Duration shift) {
        return ((OffsetDateTime) time).toInstant().plus(shift);
    }

    private static String replaceIds(String text, Map<String, String> ids) {
        if (text.length() < 36) {
            return text;
        }
        String result = text;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            if (result.contains(id.getKey())) {
                result = result.replace(id.getKey(), id.getValue());
            }
        }
        return result;
    }

    private static String escape(String text) {
        if (text.indexOf('\\') < 0 && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** A version-7 UUID of the given time, as the engine makes them (time-ordered). */
    private static String newId(Instant at) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (at.toEpochMilli() << 16) | (0x7L << 12) | random.nextInt(1 << 12);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }
}
