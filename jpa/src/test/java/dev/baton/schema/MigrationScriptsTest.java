package dev.baton.schema;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs each vendor's migrations against H2 in that vendor's compatibility mode. Oracle cannot run on this
 * machine, so H2's Oracle mode is the nearest check that the Oracle scripts parse and create the schema;
 * PostgreSQL's scripts also run against the real server in the integration tests.
 */
class MigrationScriptsTest {

    @ParameterizedTest(name = "{0} scripts run in H2 mode {1}")
    @CsvSource({"oracle, Oracle", "postgresql, PostgreSQL", "h2, REGULAR"})
    void everyVendorsScriptsCreateTheWholeSchema(String vendor, String mode) throws Exception {
        String url = "jdbc:h2:mem:" + vendor + ";MODE=" + mode + ";DB_CLOSE_DELAY=-1";
        Flyway flyway = Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration/" + vendor)
                .table("baton_schema_history")
                .load();
        assertTrue(flyway.migrate().migrationsExecuted > 0);
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            Set<String> tables = new HashSet<>();
            try (ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase();
                    if (name.startsWith("baton_")) {
                        tables.add(name);
                    }
                }
            }
            assertEquals(Set.of("baton_process", "baton_process_key", "baton_task", "baton_task_dep", "baton_history",
                    "baton_schema_history"), tables);
        }
    }
}
