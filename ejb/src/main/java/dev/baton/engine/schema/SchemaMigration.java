package dev.baton.engine.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Runs the migrations for the connected database vendor. Each vendor has its own scripts
 * ({@code db/migration/h2|postgresql|oracle}), so no vendor-specific SQL ever reaches another vendor.
 * Bean-managed transactions: Flyway commits on its own connection and must not run inside JTA.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/BatonDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        String vendor = vendorOf(dataSource);
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + vendor)
                .table("baton_schema_history")
                .baselineOnMigrate(false)
                .load();
        var result = flyway.migrate();
        LOG.info(() -> "Database schema for " + vendor + " is at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** Maps the JDBC product name to the folder of that vendor's migration scripts. */
    public static String vendorOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return vendorFolder(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the Baton database to migrate it", e);
        }
    }

    static String vendorFolder(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return "postgresql";
        }
        if (name.contains("oracle")) {
            return "oracle";
        }
        if (name.contains("h2")) {
            return "h2";
        }
        throw new IllegalStateException("Unsupported database: " + productName + " (supported: Oracle, PostgreSQL, H2)");
    }
}
