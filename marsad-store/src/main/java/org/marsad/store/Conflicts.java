package org.marsad.store;

import java.sql.SQLException;

/** Recognises the failure of a write that lost a race with another writer for the same ids. */
final class Conflicts {

    /** PostgreSQL's unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** SQLite's extended result codes SQLITE_CONSTRAINT_PRIMARYKEY and SQLITE_CONSTRAINT_UNIQUE. */
    private static final int SQLITE_PRIMARY_KEY = 1555;
    private static final int SQLITE_UNIQUE = 2067;

    private Conflicts() {
    }

    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && (UNIQUE_VIOLATION.equals(e.getSQLState())
                    || e.getErrorCode() == SQLITE_PRIMARY_KEY || e.getErrorCode() == SQLITE_UNIQUE)) {
                return true;
            }
        }
        return false;
    }
}
