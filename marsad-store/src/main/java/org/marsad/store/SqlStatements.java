package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;

/**
 * The prepared statements of the write path, prepared once per connection and reused for every report:
 * preparing a statement costs SQLite (and a PostgreSQL round trip) more than running it. Not thread-safe.
 */
final class SqlStatements implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    SqlStatements(Connection connection) {
        this.connection = connection;
    }

    /** The statement for {@code sql}, its parameters cleared. */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            prepared.put(sql, ps);
        } else {
            ps.clearParameters();
        }
        return ps;
    }

    /** Binds a text that may be {@code null}. */
    static void text(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    /** Binds an id that may be {@code null}. */
    static void id(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement ps : prepared.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        prepared.clear();
        if (first != null) {
            throw first;
        }
    }
}
