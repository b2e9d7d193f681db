package dev.baton.schema;

import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs each vendor's migrations against H2 in that vendor's compatibility mode. Oracle cannot run on this
 * machine, so H2's Oracle mode is the nearest check that the Oracle scripts parse and create the schema;
 * PostgreSQL's scripts also run against the real server in the integration tests. The three vendors'
 * schemas must have the same tables and columns, and every table and column the entities map must exist.
 */
class MigrationScriptsTest {

    private static final Map<String, String> MODES = Map.of("oracle", "Oracle", "postgresql", "PostgreSQL", "h2", "REGULAR");
    private static final Map<String, Map<String, Set<String>>> SCHEMAS = new TreeMap<>();

    @BeforeAll
    static void migrateEveryVendor() throws Exception {
        for (Map.Entry<String, String> vendor : MODES.entrySet()) {
            SCHEMAS.put(vendor.getKey(), migrate(vendor.getKey(), vendor.getValue()));
        }
    }

    private static Map<String, Set<String>> migrate(String vendor, String mode) throws Exception {
        String url = "jdbc:h2:mem:" + vendor + ";MODE=" + mode + ";DB_CLOSE_DELAY=-1";
        Flyway flyway = Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration/" + vendor)
                .table("baton_schema_history")
                .load();
        assertTrue(flyway.migrate().migrationsExecuted > 0, vendor + " ran no migration");
        Map<String, Set<String>> schema = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = connection.getMetaData().getColumns(null, null, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (table.startsWith("baton_") && !table.equals("baton_schema_history")) {
                    schema.computeIfAbsent(table, t -> new TreeSet<>()).add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return schema;
    }

    @ParameterizedTest(name = "the {0} scripts create the same tables and columns as the H2 scripts")
    @ValueSource(strings = {"oracle", "postgresql"})
    void everyVendorsScriptsCreateTheSameSchema(String vendor) {
        Map<String, Set<String>> h2 = SCHEMAS.get("h2");
        Map<String, Set<String>> other = SCHEMAS.get(vendor);
        assertEquals(h2.keySet(), other.keySet(), "tables differ");
        for (String table : h2.keySet()) {
            assertEquals(h2.get(table), other.get(table), "columns of " + table + " differ");
        }
    }

    @Test
    void everyTableAndColumnTheEntitiesMapExistsInTheMigratedSchema() throws Exception {
        Map<String, Set<String>> schema = SCHEMAS.get("h2");
        Map<String, Set<String>> mapped = mappedColumns();
        assertTrue(mapped.size() >= 9, "the persistence unit lists the entities: " + mapped.keySet());
        for (Map.Entry<String, Set<String>> table : mapped.entrySet()) {
            assertTrue(schema.containsKey(table.getKey()), "no migration creates table " + table.getKey());
            Set<String> missing = new TreeSet<>(table.getValue());
            missing.removeAll(schema.get(table.getKey()));
            assertTrue(missing.isEmpty(), "table " + table.getKey() + " lacks columns " + missing);
        }
    }

    /** Tables and columns as Hibernate maps the entities of persistence.xml (no database needed). */
    private static Map<String, Set<String>> mappedColumns() throws Exception {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.dialect", "org.hibernate.dialect.H2Dialect")
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (String entity : entityClasses()) {
                sources.addAnnotatedClass(Class.forName(entity));
            }
            Metadata metadata = sources.buildMetadata();
            Map<String, Set<String>> mapped = new TreeMap<>();
            for (Table table : metadata.collectTableMappings()) {
                Set<String> columns = mapped.computeIfAbsent(table.getName().toLowerCase(Locale.ROOT), t -> new TreeSet<>());
                for (Column column : table.getColumns()) {
                    columns.add(column.getName().toLowerCase(Locale.ROOT));
                }
            }
            return mapped;
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    private static Set<String> entityClasses() throws Exception {
        Set<String> classes = new TreeSet<>();
        try (InputStream in = MigrationScriptsTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("class");
            for (int i = 0; i < nodes.getLength(); i++) {
                classes.add(nodes.item(i).getTextContent().trim());
            }
        }
        return classes;
    }
}
