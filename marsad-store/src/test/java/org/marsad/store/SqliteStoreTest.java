package org.marsad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** The store's tests on SQLite files. */
class SqliteStoreTest extends StoreContract {

    @TempDir
    Path stores;

    private final AtomicInteger count = new AtomicInteger();

    @Override
    public StoreLocation freshLocation() {
        return StoreLocation.parse(stores.resolve("store-" + count.incrementAndGet() + ".db").toString());
    }

    @Override
    void refuseReportsTitled(StoreLocation location, String title) throws SQLException {
        try (Connection c = Database.dataSource(location).getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER refuse_report BEFORE INSERT ON report WHEN NEW.title = '" + title.replace("'", "''")
                    + "' BEGIN SELECT RAISE(ABORT, 'no space left for this report'); END");
        }
    }
}
