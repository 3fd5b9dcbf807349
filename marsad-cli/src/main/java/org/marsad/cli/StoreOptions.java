package org.marsad.cli;

import java.io.PrintStream;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import org.marsad.store.StoreLocation;
import picocli.CommandLine.Option;

/** {@code --db}: the store a command works on, and opening it with a clear message when that fails. */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = "${env:MARSAD_DB:-marsad.db}",
            description = {"the store: a SQLite file, or a jdbc:postgresql://HOST:PORT/DB?user=…&password=… URL",
                "(default: $MARSAD_DB, else marsad.db in the current folder)"})
    String db;

    /** The store, or {@code null} after a message on {@code err}. */
    Store open(PrintStream err, boolean mustExist) {
        return open(db, err, mustExist);
    }

    /**
     * Opens {@code db}; with {@code mustExist}, a SQLite file that is not there is an error rather than a new
     * empty store. Returns {@code null} after a message on {@code err}.
     */
    static Store open(String db, PrintStream err, boolean mustExist) {
        StoreLocation location;
        try {
            location = StoreLocation.parse(db);
        } catch (IllegalArgumentException e) {
            err.println("marsad: " + e.getMessage());
            return null;
        }
        if (mustExist && !location.exists()) {
            err.println("marsad: no store at " + location.display() + " (run 'marsad ingest PATH... --db "
                    + db + "' first)");
            return null;
        }
        try {
            return Store.open(location);
        } catch (StoreException e) {
            err.println("marsad: " + e.getMessage());
            return null;
        }
    }
}
