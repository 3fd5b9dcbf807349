package org.marsad.store;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a store lives: a SQLite file (the default, embedded) or a PostgreSQL database named by a JDBC URL.
 *
 * @param jdbcUrl the JDBC URL the store connects to
 * @param vendor  which database
 * @param file    the SQLite file, or {@code null} for PostgreSQL
 */
public record StoreLocation(String jdbcUrl, Vendor vendor, Path file) {

    /** The databases the store runs on. */
    public enum Vendor { SQLITE, POSTGRESQL }

    /** The store of a command run without {@code --db}: {@code marsad.db} in the current folder. */
    public static final String DEFAULT_FILE = "marsad.db";

    public StoreLocation {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(vendor, "vendor");
        if (vendor == Vendor.SQLITE) {
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * Reads a {@code --db} value: {@code jdbc:postgresql://host:port/db?user=…&password=…}, {@code jdbc:sqlite:FILE},
     * or a plain file path, which means a SQLite file.
     *
     * @throws IllegalArgumentException for another JDBC URL or a path the file system refuses
     */
    public static StoreLocation parse(String db) {
        Objects.requireNonNull(db, "db");
        String value = db.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("the database is empty: give a SQLite file or a jdbc:postgresql:// URL");
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return new StoreLocation(value, Vendor.POSTGRESQL, null);
        }
        if (lower.startsWith("jdbc:sqlite:")) {
            String rest = value.substring("jdbc:sqlite:".length());
            int query = rest.indexOf('?');
            return sqlite(query < 0 ? rest : rest.substring(0, query), db);
        }
        if (lower.startsWith("jdbc:")) {
            throw new IllegalArgumentException("unsupported database '" + redacted(value)
                    + "': use a SQLite file (e.g. marsad.db) or a jdbc:postgresql:// URL");
        }
        return sqlite(value, db);
    }

    private static StoreLocation sqlite(String path, String original) {
        if (path.isBlank() || path.startsWith(":memory:") || path.startsWith("file:")) {
            throw new IllegalArgumentException("'" + original + "' does not name a SQLite file: give a file path");
        }
        try {
            Path file = Path.of(path).toAbsolutePath().normalize();
            return new StoreLocation("jdbc:sqlite:" + file, Vendor.SQLITE, file);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + original + "' is not a valid file path: " + e.getReason(), e);
        }
    }

    /** Whether there is a store here already: the SQLite file exists (a PostgreSQL database is assumed to). */
    public boolean exists() {
        return vendor == Vendor.POSTGRESQL || Files.isRegularFile(file);
    }

    /** The URL with any password replaced by {@code ***}, for messages. */
    public String display() {
        return vendor == Vendor.SQLITE ? file.toString() : redacted(jdbcUrl);
    }

    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("(//[^/@:]+:)[^/@]*@", "$1***@");
    }

    @Override
    public String toString() {
        return display();
    }
}
