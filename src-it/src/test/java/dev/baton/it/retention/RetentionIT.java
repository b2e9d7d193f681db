package dev.baton.it.retention;

import dev.baton.it.InContainer;
import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Retention with the engine clock moved past the default retention (7 days for completed and cancelled
 * processes, failed ones kept): exactly the finished processes past their retention are deleted, with their
 * business keys, and the metrics and {@code GET /retention} show it. The last test runs inside the server and
 * checks that no row of any deleted process is left behind in any table.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RetentionIT {

    @Resource(lookup = "java:jboss/datasources/BatonDS")
    DataSource dataSource;

    @Deployment
    static EnterpriseArchive ear() {
        return InContainer.ear(RetentionIT.class);
    }

    @Test
    @Order(1)
    @RunAsClient
    void retentionDeletesExactlyTheFinishedProcessesPastTheirRetention() {
        RetentionScenario.deletesExactlyTheFinishedProcessesPastTheirRetention();
    }

    @Test
    @Order(2)
    @RunAsClient
    void theRetentionMetricsAreServedOnThePrometheusEndpoint() {
        RetentionScenario.servesTheMetricsOnThePrometheusEndpoint();
    }

    @Test
    @Order(3)
    void noRowOfADeletedProcessIsLeftBehindInAnyTable() throws Exception {
        for (String orphans : List.of(
                "select count(*) from baton_task t where not exists (select 1 from baton_process p where p.id = t.process_id)",
                "select count(*) from baton_task_dep d where not exists (select 1 from baton_task t where t.id = d.task_id)",
                "select count(*) from baton_task_dep d where not exists (select 1 from baton_task t where t.id = d.depends_on)",
                "select count(*) from baton_history h where not exists (select 1 from baton_process p where p.id = h.process_id)",
                "select count(*) from baton_event e where not exists (select 1 from baton_process p where p.id = e.process_id)",
                "select count(*) from baton_process_key k where not exists (select 1 from baton_process p where p.id = k.process_id)",
                "select count(*) from baton_request_key r where not exists (select 1 from baton_process p where p.id = r.process_id)")) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(orphans)) {
                rs.next();
                assertEquals(0, rs.getLong(1), orphans);
            }
        }
    }
}
