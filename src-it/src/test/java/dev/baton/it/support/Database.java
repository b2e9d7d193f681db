package dev.baton.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The test server's database, opened from the test JVM to stage states the API cannot produce honestly
 * otherwise (H2 through its automatic server mode, or PostgreSQL). Plain SQL that both understand.
 */
public final class Database {

    private Database() {
    }

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(System.getProperty("baton.it.db.url"),
                System.getProperty("baton.it.db.user"), System.getProperty("baton.it.db.password"));
    }

    public static void execute(String sql) {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
