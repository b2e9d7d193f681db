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

    /** The single number a query such as {@code SELECT COUNT(*) ...} answers. */
    public static long count(String sql) {
        try (Connection connection = open(); Statement statement = connection.createStatement();
             java.sql.ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public static void execute(String sql) {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
