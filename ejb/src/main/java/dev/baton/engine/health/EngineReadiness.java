package dev.baton.engine.health;

import dev.baton.engine.cluster.HazelcastMember;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Ready means: a database connection is valid within two seconds, and the Hazelcast member is running.
 * <p>
 * Deliberately not {@code @Readiness}: WildFly would not find it in an EAR module anyway (WFLY-12835), and if a
 * later WildFly does, the check would be reported twice. {@link ReadinessRegistration} registers it.
 */
@ApplicationScoped
public class EngineReadiness implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/BatonDS")
    DataSource dataSource;

    @EJB
    HazelcastMember hazelcast;

    @Override
    public HealthCheckResponse call() {
        boolean database = databaseAnswers();
        boolean cluster = hazelcast.isRunning();
        return HealthCheckResponse.named("baton")
                .withData("database", database ? "UP" : "DOWN")
                .withData("hazelcast", cluster ? "UP" : "DOWN")
                .status(database && cluster)
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
