package org.marsad.store;

import java.nio.file.Path;
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
}
