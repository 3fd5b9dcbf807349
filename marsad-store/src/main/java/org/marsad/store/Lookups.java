package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A store's second connection, for the question an ingest's reading thread asks of every report (is it
 * stored already?) while the writing thread holds the first connection in a transaction. A reader waits for
 * no writer, on SQLite in WAL mode as on PostgreSQL, and sees what was committed: a report of the
 * transaction under way is not seen, gets extracted, and is then found stored by the writer itself. Opened at
 * the first lookup. Thread-safe: lookups take turns.
 */
final class Lookups implements AutoCloseable {

    private final DataSource dataSource;
    private Connection connection;
    private SqlStatements sql;

    Lookups(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether {@code query} (with one parameter, {@code value}) returns a row. */
    synchronized boolean exists(String query, String value) throws SQLException {
        if (connection == null) {
            connection = dataSource.getConnection();
            sql = new SqlStatements(connection);
        }
        PreparedStatement ps = sql.get(query);
        ps.setString(1, value);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        if (connection != null) {
            try (Connection c = connection) {
                sql.close();
            } finally {
                connection = null;
                sql = null;
            }
        }
    }
}
