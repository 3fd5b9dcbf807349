package org.marsad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Connections and schema of a store. SQLite runs in WAL mode with {@code synchronous=NORMAL} (a commit
 * survives the process being killed; a power cut may lose the last commits but never leaves a report half
 * stored), foreign keys enforced, write transactions that take the write lock when they begin (so two
 * writers queue instead of failing), a 30 s wait for a lock held by another process, and a 64 MB page cache. Migrations are Flyway's,
 * from {@code classpath:db/migration} (one set of SQL files for both databases).
 */
final class Database {

    /** Where Flyway finds the migrations; further modules add theirs there with higher versions. */
    static final String MIGRATIONS = "classpath:db/migration";

    private Database() {
    }

    static DataSource dataSource(StoreLocation location) {
        return switch (location.vendor()) {
            case SQLITE -> {
                SQLiteConfig config = new SQLiteConfig();
                config.setJournalMode(SQLiteConfig.JournalMode.WAL);
                config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
                config.enforceForeignKeys(true);
                config.setBusyTimeout(30_000);
                config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
                config.setCacheSize(-64 * 1024);
                SQLiteDataSource ds = new SQLiteDataSource(config);
                ds.setUrl(location.jdbcUrl());
                yield ds;
            }
            case POSTGRESQL -> {
                PGSimpleDataSource ds = new PGSimpleDataSource();
                ds.setURL(location.jdbcUrl());
                yield ds;
            }
        };
    }

    /** Creates the SQLite file's folder when missing. */
    static void prepare(StoreLocation location) {
        if (location.vendor() == StoreLocation.Vendor.SQLITE) {
            Path parent = location.file().getParent();
            try {
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (IOException e) {
                throw new StoreException("cannot create the folder of the store " + location.display() + ": " + e, e);
            }
        }
    }

    /** Brings the schema up to the newest migration. */
    static void migrate(StoreLocation location, DataSource ds) {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(ds)
                    .locations(MIGRATIONS)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot bring the store " + location.display() + " up to date: " + e.getMessage(), e);
        }
    }
}
