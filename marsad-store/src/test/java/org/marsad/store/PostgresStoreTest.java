package org.marsad.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store's tests on a real PostgreSQL server, named by {@code MARSAD_TEST_PG_URL}
 * ({@code jdbc:postgresql://127.0.0.1:PORT/DB?user=…}); {@code ./test} starts one. Each test gets its own
 * schema, dropped afterwards. Without the variable the tests fail under {@code CI=true} and are skipped, with
 * a message, elsewhere.
 */
class PostgresStoreTest extends StoreContract {

    static final String URL_VARIABLE = "MARSAD_TEST_PG_URL";

    private static final String WHY = URL_VARIABLE + " is not set: no PostgreSQL server to test the store on"
            + " (./test installs and starts one)";

    private static String server;
    private final List<String> schemas = new ArrayList<>();

    @BeforeAll
    static void server() {
        server = System.getenv(URL_VARIABLE);
        if ((server == null || server.isBlank()) && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(WHY);
        }
        if (server == null || server.isBlank()) {
            System.err.println("PostgresStoreTest: every test SKIPPED: " + WHY);
        }
    }

    @BeforeEach
    void serverIsThere() {
        Assumptions.assumeTrue(server != null && !server.isBlank(), WHY);
    }

    @Override
    public StoreLocation freshLocation() {
        String schema = "marsad_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + schema);
        schemas.add(schema);
        return StoreLocation.parse(server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    @Override
    void refuseReportsTitled(StoreLocation location, String title) throws SQLException {
        try (Connection c = Database.dataSource(location).getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE FUNCTION refuse_report() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                    + " IF NEW.title = '" + title.replace("'", "''") + "' THEN"
                    + " RAISE EXCEPTION 'no space left for this report'; END IF; RETURN NEW; END $$");
            s.execute("CREATE TRIGGER refuse_report BEFORE INSERT ON report FOR EACH ROW EXECUTE FUNCTION refuse_report()");
        }
    }

    @AfterEach
    void dropSchemas() {
        for (String schema : schemas) {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + StoreLocation.redacted(server) + ": "
                    + e.getMessage(), e);
        }
    }
}
